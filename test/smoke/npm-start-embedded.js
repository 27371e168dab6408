#!/usr/bin/env node
/* `DATABASE_URL=embedded REDIS_URL=embedded npm start` from a clean state (a fresh VAR_DIR, as on a clean clone):
   1. it serves the seeded listings from its own Postgres (the rows are read back from that server, in VAR_DIR),
      and SIGTERM leaves no postgres or redis-server of ours behind;
   2. a second start reuses VAR_DIR/postgres/ (an account signed up in the first run logs in) and, once its Postgres
      is killed under it, stops everything on its own with one line saying so and a non-zero exit. */
const { readFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const { Client } = require('pg');
const kit = require('./npm-start-kit');

const varDir = kit.scratchVarDir();
const postgresData = join(varDir, 'postgres');
let current = null;

function fail(message) {
  console.error(`embedded npm start smoke test failed: ${message}`);
  if (current)
    for (const pid of [current.child.pid, ...kit.descendants(current.child.pid)])
      try {
        process.kill(pid, 'SIGKILL');
      } catch {}
  process.exit(1);
}
const check = (ok, message) => ok || fail(message);

function announced(lines, prefix) {
  const found = kit.ownLines(lines).filter((line) => line.startsWith(prefix));
  check(found.length === 1, `expected one line starting "${prefix}", got ${found.length}:\n${kit.ownLines(lines).join('\n')}`);
  return found[0];
}

/** What is left of a run: its process tree, our Postgres (found by its data folder) and our redis-server (by port). */
function leftovers(tree, redisPort) {
  return [
    ...tree.filter(kit.alive),
    ...kit.processesMentioning(postgresData),
    ...kit.processesMentioning(`redis-server 127.0.0.1:${redisPort}`),
  ];
}

async function untilNoneLeft(tree, redisPort, ms) {
  const deadline = Date.now() + ms;
  while (leftovers(tree, redisPort).length > 0 && Date.now() < deadline) await kit.sleep(100);
  return leftovers(tree, redisPort);
}

async function start(port, label) {
  const env = kit.userEnv({
    NODE_ENV: 'development',
    DATABASE_URL: 'embedded',
    REDIS_URL: 'embedded',
    PORT: String(port),
    VAR_DIR: varDir,
    DEV_SECRET_FILE: join(varDir, 'dev-jwt-secret'),
    MAIL_OUTBOX_DIR: join(varDir, 'outbox'),
    LOG_LEVEL: 'warn',
  });
  const started = Date.now();
  current = kit.npmStart(env, label);
  check(await kit.untilReady(port, 180_000, current), `${label}: /health/ready did not answer 200 within 3 minutes`);
  const wait = Date.now();
  while (!kit.ownLines(current.lines).some((line) => line.startsWith('Job board ready:')) && Date.now() - wait < 5_000)
    await kit.sleep(100);
  console.log(`${label}: ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const postgresLine = announced(current.lines, 'Postgres: ');
  const redisLine = announced(current.lines, 'Redis: ');
  check(announced(current.lines, 'Job board ready: ').includes(`http://localhost:${port}`), 'the ready line does not name the site URL');
  check(
    postgresLine.includes(`embedded PostgreSQL 18.`) && postgresLine.includes(`data in ${postgresData}/`),
    `unexpected: ${postgresLine}`,
  );
  const postgresPort = Number(/on 127\.0\.0\.1:(\d+)/.exec(postgresLine)[1]);
  const redisPort = Number(/on 127\.0\.0\.1:(\d+)/.exec(redisLine)[1]);
  return { run: current, postgresLine, postgresPort, redisPort };
}

(async () => {
  const port = await kit.freePort();
  const email = `smoke-${Date.now()}@example.com`;
  const password = 'smoke password 123';

  // 1. First start: initialises VAR_DIR/postgres/, migrates and seeds it.
  const first = await start(port, 'first start');
  check(first.postgresLine.endsWith('(initialised now)'), `the first start should initialise: ${first.postgresLine}`);
  const jobs = await (await fetch(`http://127.0.0.1:${port}/v1/jobs`)).json();
  check(Array.isArray(jobs.items) && jobs.items.length > 0, 'GET /v1/jobs returned no seeded listings');
  const embedded = new Client({
    host: '127.0.0.1',
    port: first.postgresPort,
    user: 'postgres',
    password: readFileSync(join(varDir, 'postgres-password'), 'utf8').trim(),
    database: 'jobboard',
  });
  await embedded.connect();
  const [row] = (await embedded.query("SELECT count(*)::int AS listings, current_setting('data_directory') AS data FROM job_listings"))
    .rows;
  await embedded.end();
  check(row.data === postgresData && row.listings > 0, `the listings are not in the embedded Postgres: ${JSON.stringify(row)}`);
  console.log(`first start: ${jobs.items.length} listings served; ${row.listings} in the Postgres whose data is ${row.data}`);
  const signup = await fetch(`http://127.0.0.1:${port}/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, name: 'Smoke Test' }),
  });
  check(signup.status === 201, `signup answered ${signup.status}`);

  const tree = kit.descendants(first.run.child.pid);
  check(kit.processesMentioning(postgresData).length > 0, 'no postgres process runs on the data folder');
  const stopAt = Date.now();
  process.kill(first.run.child.pid, 'SIGTERM');
  const status = await kit.exitWithin(first.run, 20_000);
  check(status !== null, 'npm start was still running 20 s after SIGTERM');
  check(status.code === 0, `npm start exited with ${JSON.stringify(status)} after SIGTERM`);
  const left = await untilNoneLeft(tree, first.redisPort, 5_000);
  check(left.length === 0, `processes left after SIGTERM: ${left.join(', ')}`);
  console.log(`first start: SIGTERM stopped ${tree.length + 1} processes in ${Date.now() - stopAt} ms; no postgres or redis-server left`);

  // 2. Second start: the same cluster, data kept; then its Postgres is killed under it.
  const second = await start(port, 'second start');
  check(second.postgresLine.endsWith('(kept from an earlier start)'), `the second start should reuse the cluster: ${second.postgresLine}`);
  const login = await fetch(`http://127.0.0.1:${port}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  check(login.status === 200, `the account signed up in the first run does not log in (${login.status}): data not kept`);
  console.log('second start: the account from the first start logs in');

  const secondTree = kit.descendants(second.run.child.pid);
  const postmaster = Number(readFileSync(join(postgresData, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const killedAt = Date.now();
  process.kill(postmaster, 'SIGKILL');
  const afterKill = await kit.exitWithin(second.run, 15_000);
  check(afterKill !== null, 'npm start still running 15 s after its Postgres was killed');
  check(afterKill.code !== 0, 'npm start exited 0 although its Postgres died');
  announced(second.run.lines, 'The embedded Postgres stopped unexpectedly (killed by SIGKILL)');
  const leftAfterKill = await untilNoneLeft(secondTree, second.redisPort, 5_000);
  check(leftAfterKill.length === 0, `processes left after the Postgres died: ${leftAfterKill.join(', ')}`);
  console.log(
    `second start: stopped on its own ${Date.now() - killedAt} ms after its Postgres was killed (exit ${afterKill.code}); nothing left`,
  );
  rmSync(varDir, { recursive: true, force: true });
  console.log('embedded npm start smoke test passed');
})().catch((error) => fail(error.stack));
