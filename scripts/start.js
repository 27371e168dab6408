#!/usr/bin/env node
/* `npm start`: build if needed, then the supervisor (scripts/supervise.ts): Postgres and Redis found or run here,
   migrations, demo data into an empty database, api + worker, all stopped together. */
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const build = spawnSync(process.execPath, [join(root, 'scripts/build.js')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
require(join(root, 'dist/scripts/supervise.js'));
