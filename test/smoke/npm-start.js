#!/usr/bin/env node
/* `npm start` end to end against the system's Postgres and Redis: /health/ready answers 200 within 2 minutes,
   it prints the site's address, / is the home page (HTML), /docs/openapi.json is served, and SIGTERM to `npm start` stops api and worker within 10 s, leaving no process behind. */
const { execFileSync } = require('node:child_process');
const kit = require('./npm-start-kit');

const port = process.env.SMOKE_PORT || '3987';
const database = `jobboard_smoke_${Date.now()}`;
const env = kit.userEnv({
  NODE_ENV: 'development',
  PORT: port,
  DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${database}`,
  LOG_LEVEL: 'warn',
});

const run = kit.npmStart(env);

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
function fail(message) {
  console.error(`npm start smoke test failed: ${message}`);
  for (const pid of [run.child.pid, ...kit.descendants(run.child.pid)])
    try {
      process.kill(pid, 'SIGKILL');
    } catch {}
  dropDatabase();
  process.exit(1);
}

(async () => {
  const started = Date.now();
  if (!(await kit.untilReady(port, 120_000, run))) fail('/health/ready did not answer 200 within 2 minutes');
  console.log(`ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const readyLine = (line) => line.includes(`Job board ready: http://localhost:${port}`);
  for (const waitUntil = Date.now() + 30_000; !run.lines.some(readyLine) && Date.now() < waitUntil;) await kit.sleep(100);
  if (!run.lines.some(readyLine)) fail('no "Job board ready: <url>" line within 30 s of readiness');
  const home = await fetch(`http://127.0.0.1:${port}/`);
  const homeHtml = await home.text();
  if (home.status !== 200 || !/^text\/html/.test(home.headers.get('content-type') ?? '') || !/<form[^>]+action="\/jobs"/.test(homeHtml))
    fail(`/ is not the home page: ${home.status} ${home.headers.get('content-type')}`);
  const document = await (await fetch(`http://127.0.0.1:${port}/docs/openapi.json`)).json();
  if (!/^3\./.test(document.openapi)) fail('no OpenAPI 3 document');

  const processes = kit.descendants(run.child.pid);
  if (processes.length < 3) fail(`expected npm, the supervisor, api and worker; found ${processes.length + 1} processes`);
  const stopAt = Date.now();
  process.kill(run.child.pid, 'SIGTERM');
  while (Date.now() - stopAt < 10_000 && [run.child.pid, ...processes].some(kit.alive)) await kit.sleep(100);
  const left = [run.child.pid, ...processes].filter(kit.alive);
  if (left.length > 0) fail(`processes still running 10 s after SIGTERM: ${left.join(', ')}`);
  console.log(`npm start stopped ${processes.length + 1} processes in ${Date.now() - stopAt} ms after SIGTERM`);
  dropDatabase();
})();
