#!/usr/bin/env node
/* Boots the compiled worker, waits until it reports that it started, sends SIGTERM and expects
   a clean exit within 10 s. Needs `npm run build` and a reachable Postgres + Redis. */
const { spawn } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '../..');
const child = spawn(process.execPath, [join(root, 'dist/apps/worker/src/main.js')], {
  cwd: root,
  env: { ...process.env, LOG_LEVEL: 'info' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let output = '';
let terminatedAt = 0;
const fail = (message) => {
  console.error(`worker boot smoke test failed: ${message}\n${output.slice(-4000)}`);
  child.kill('SIGKILL');
  process.exit(1);
};
const bootTimer = setTimeout(() => fail('no "worker started" within 60 s'), 60_000);
child.stdout.on('data', (chunk) => {
  output += chunk;
  if (!terminatedAt && output.includes('"worker started"')) {
    clearTimeout(bootTimer);
    terminatedAt = Date.now();
    child.kill('SIGTERM');
    setTimeout(() => fail('did not exit within 10 s of SIGTERM'), 10_000).unref();
  }
});
child.on('exit', (code, signal) => {
  if (!terminatedAt) fail(`exited before it started (${signal ?? code})`);
  if (code !== 0) fail(`exit code ${code ?? signal} after SIGTERM`);
  console.log(`worker booted and stopped cleanly in ${Date.now() - terminatedAt} ms after SIGTERM`);
  process.exit(0);
});
