#!/usr/bin/env node
/* Runs the compiled test suite (dist-test/) with Node's test runner.
   Unit specs sit beside the code (*.spec.ts); integration, e2e and fuzz tests under test/ (*.test.ts).
   Usage: npm test [-- <path filter> ...]   e.g. npm test -- accounts  */
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '..');
const dist = join(root, process.env.DIST_TEST_DIR || 'dist-test');
const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const passthrough = process.argv.slice(2).filter((arg) => arg.startsWith('--'));

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = ['apps', 'libs', 'test/integration', 'test/e2e', 'test/fuzz']
  .flatMap((dir) => walk(join(dist, dir)))
  .filter((file) => /\.(spec|test)\.js$/.test(file))
  .filter((file) => filters.length === 0 || filters.some((f) => relative(dist, file).includes(f)))
  // A compiled test whose source was deleted must not run.
  .filter((file) => ['.ts', '.tsx'].some((ext) => existsSync(join(root, relative(dist, file)).replace(/\.js$/, ext))))
  .sort();

if (files.length === 0) {
  console.error('No test files matched.');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--enable-source-maps', '--test', '--test-reporter=spec', '--test-concurrency=2', '--test-timeout=300000', ...passthrough, ...files],
  { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
);
process.exit(result.status ?? 1);
