#!/usr/bin/env node
/* Compiles TypeScript with tsc and rewrites the @app/* aliases (tsc-alias).
   `node scripts/build.js`          → dist/       (apps, libs, migrations, scripts, benchmarks)
   `node scripts/build.js --tests`  → dist-test/  (everything, specs and tests included)
   Skips the work when no source changed since the last build, unless --force. */
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const tests = process.argv.includes('--tests');
const tsconfig = tests ? 'tsconfig.test.json' : 'tsconfig.build.json';
const outDir = join(root, tests ? 'dist-test' : 'dist');
const stamp = join(outDir, '.build-stamp');
const sources = ['apps', 'libs', 'migrations', 'scripts', 'test', 'tsconfig.json', tsconfig, 'package-lock.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, entry) => Math.max(max, newest(join(path, entry))), stat.mtimeMs);
}

const force = process.argv.includes('--force');
if (!force && existsSync(stamp) && statSync(stamp).mtimeMs >= Math.max(...sources.map((s) => newest(join(root, s))))) {
  process.exit(0);
}
const bin = (name) => join(root, 'node_modules', '.bin', name);
try {
  execFileSync(bin('tsc'), ['-p', tsconfig], { cwd: root, stdio: 'inherit' });
  execFileSync(bin('tsc-alias'), ['-p', tsconfig], { cwd: root, stdio: 'inherit' });
} catch {
  process.exit(1);
}
writeFileSync(stamp, new Date().toISOString());
