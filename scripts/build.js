#!/usr/bin/env node
/* Compiles TypeScript with tsc and rewrites the @app/* aliases (tsc-alias).
   `node scripts/build.js`          → dist/       (apps, libs, migrations, scripts, benchmarks)
   `node scripts/build.js --tests`  → dist-test/  (everything, specs and tests included)
   Skips the work when no source changed since the last build, unless --force.
   DIST_TEST_DIR=<dir> builds the tests elsewhere (engineers working side by side);
   BUILD_ALLOW_TYPE_ERRORS=1 still emits and goes on when tsc reports errors (never in CI). */
const { execFileSync } = require('node:child_process');
const { cpSync, existsSync, readdirSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const tests = process.argv.includes('--tests');
const tsconfig = tests ? 'tsconfig.test.json' : 'tsconfig.build.json';
const outDir = join(root, tests ? process.env.DIST_TEST_DIR || 'dist-test' : 'dist');
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
const dirs = ['--outDir', outDir];
try {
  execFileSync(bin('tsc'), ['-p', tsconfig, ...dirs, '--tsBuildInfoFile', join(outDir, '.tsbuildinfo')], { cwd: root, stdio: 'inherit' });
} catch {
  if (!process.env.BUILD_ALLOW_TYPE_ERRORS) process.exit(1);
}
try {
  execFileSync(bin('tsc-alias'), ['-p', tsconfig, ...dirs], { cwd: root, stdio: 'inherit' });
} catch {
  process.exit(1);
}
// A migration deleted or renamed in the sources must not linger in the output and run again.
const compiledMigrations = join(outDir, 'migrations');
if (existsSync(compiledMigrations)) {
  for (const file of readdirSync(compiledMigrations)) {
    const source = join(root, 'migrations', file.replace(/\.js(\.map)?$/, '.ts'));
    if (!existsSync(source)) rmSync(join(compiledMigrations, file));
  }
}
// The website's stylesheet, scripts and icons are served from beside the compiled code.
const assets = join('apps', 'api', 'src', 'web', 'assets', 'files');
rmSync(join(outDir, assets), { recursive: true, force: true });
cpSync(join(root, assets), join(outDir, assets), { recursive: true });
writeFileSync(stamp, new Date().toISOString());
