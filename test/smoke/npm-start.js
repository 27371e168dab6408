#!/usr/bin/env node
/* `npm start` end to end: /health/ready answers 200 within 2 minutes, /docs/openapi.json is served,
   and SIGTERM to `npm start` stops api and worker within 10 s, leaving no process behind. */
const { execFileSync, spawn } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '../..');
const port = process.env.SMOKE_PORT || '3987';
const database = `jobboard_smoke_${Date.now()}`;
const env = {
  ...process.env,
  NODE_ENV: 'development',
  PORT: port,
  DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${database}`,
  LOG_LEVEL: 'warn',
};
delete env.npm_lifecycle_event;

const child = spawn('npm', ['start'], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
const started = Date.now();

function descendants(pid) {
  try {
    const children = execFileSync('pgrep', ['-P', String(pid)])
      .toString()
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
    return children.flatMap((c) => [c, ...descendants(c)]);
  } catch {
    return [];
  }
}
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
function fail(message) {
  console.error(`npm start smoke test failed: ${message}`);
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {}
  dropDatabase();
  process.exit(1);
}
function dropDatabase() {
  try {
    execFileSync('psql', [
      '-h',
      '127.0.0.1',
      '-U',
      'postgres',
      '-d',
      'postgres',
      '-qc',
      `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`,
    ]);
  } catch {}
}

(async () => {
  let ready = false;
  while (Date.now() - started < 120_000) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (response.status === 200) {
        ready = true;
        break;
      }
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  if (!ready) fail('/health/ready did not answer 200 within 2 minutes');
  console.log(`ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const document = await (await fetch(`http://127.0.0.1:${port}/docs/openapi.json`)).json();
  if (!/^3\./.test(document.openapi)) fail('no OpenAPI 3 document');

  const processes = descendants(child.pid);
  if (processes.length < 3) fail(`expected npm, the supervisor, api and worker; found ${processes.length + 1} processes`);
  const stopAt = Date.now();
  process.kill(child.pid, 'SIGTERM');
  while (Date.now() - stopAt < 10_000 && [child.pid, ...processes].some(alive)) await new Promise((r) => setTimeout(r, 100));
  const left = [child.pid, ...processes].filter(alive);
  if (left.length > 0) fail(`processes still running 10 s after SIGTERM: ${left.join(', ')}`);
  console.log(`npm start stopped ${processes.length + 1} processes in ${Date.now() - stopAt} ms after SIGTERM`);
  dropDatabase();
})();
