#!/usr/bin/env node
/* `npm start`: build if needed, migrate, seed an empty database, then run api + worker as two
   processes that stop together (SIGTERM/SIGINT are passed on; if one exits, the other is stopped). */
const { spawn, spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const node = process.execPath;

function step(script, args = []) {
  const result = spawnSync(node, [join(root, script), ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

step('scripts/build.js');
step('dist/scripts/migrate.js');
if (existsSync(join(root, 'dist/scripts/seed.js'))) step('dist/scripts/seed.js', ['--if-empty']);

const children = ['api', 'worker'].map((name) => {
  const child = spawn(node, ['--enable-source-maps', join(root, `dist/apps/${name}/src/main.js`)], { cwd: root, stdio: 'inherit' });
  child.name = name;
  return child;
});

let stopping = false;
let exitCode = 0;
function stopAll(signal) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  // Both processes finish in-flight work on SIGTERM; this is only a last resort.
  setTimeout(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }, 9_000).unref();
}

for (const child of children) {
  child.on('exit', (code, signal) => {
    if (!stopping) {
      exitCode = code ?? 1;
      process.stderr.write(`${child.name} exited (${signal ?? code}); stopping the other process\n`);
      stopAll('SIGTERM');
    }
    if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(exitCode);
  });
}
process.on('SIGTERM', () => stopAll('SIGTERM'));
process.on('SIGINT', () => stopAll('SIGTERM'));
