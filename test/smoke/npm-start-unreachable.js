#!/usr/bin/env node
/* A wrong setting stops `npm start` within 15 s with ONE line that names the variable and what was tried:
   an unreachable DATABASE_URL or REDIS_URL, no redis-server to run, and the production rules (no embedded, no default). */
const { mkdtempSync, rmSync, symlinkSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { execFileSync } = require('node:child_process');
const kit = require('./npm-start-kit');

/** A PATH with node, npm and sh only, as on a machine without Redis. */
function pathWithoutRedis() {
  const bin = mkdtempSync(join(tmpdir(), 'jobboard-bin-'));
  symlinkSync(process.execPath, join(bin, 'node'));
  symlinkSync(execFileSync('sh', ['-c', 'command -v npm']).toString().trim(), join(bin, 'npm'));
  symlinkSync('/bin/sh', join(bin, 'sh'));
  return bin;
}

const production = {
  NODE_ENV: 'production',
  JWT_SECRET: 'x'.repeat(32),
  APP_URL: 'https://jobs.example',
  SMTP_URL: 'smtp://127.0.0.1:2525',
  REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
};
const bin = pathWithoutRedis();
const cases = [
  {
    name: 'unreachable DATABASE_URL',
    env: { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/x' },
    says: ['DATABASE_URL=postgres://postgres@127.0.0.1:1/x', 'Postgres at 127.0.0.1:1', 'connection refused'],
  },
  {
    name: 'unreachable REDIS_URL',
    env: { DATABASE_URL: undefined, REDIS_URL: 'redis://127.0.0.1:1' },
    says: ['REDIS_URL=redis://127.0.0.1:1', 'Redis at 127.0.0.1:1', 'connection refused'],
  },
  {
    name: 'unreachable DATABASE_URL in production',
    env: { ...production, DATABASE_URL: 'postgres://postgres@127.0.0.1:1/x' },
    says: ['DATABASE_URL=postgres://postgres@127.0.0.1:1/x', 'Postgres at 127.0.0.1:1'],
  },
  {
    name: 'no redis-server on PATH for REDIS_URL=embedded',
    env: { REDIS_URL: 'embedded', PATH: bin },
    says: [
      'REDIS_URL=embedded',
      'no redis-server on PATH',
      'apt-get install redis-server',
      'brew install redis',
      'docker compose -f docker/compose.yml up',
      'set REDIS_URL',
    ],
  },
  {
    name: 'production without DATABASE_URL',
    env: { ...production, DATABASE_URL: undefined },
    says: ['DATABASE_URL is required in production'],
  },
  {
    name: 'DATABASE_URL=embedded in production',
    env: { ...production, DATABASE_URL: 'embedded' },
    says: ['DATABASE_URL is "embedded", which is never used in production'],
  },
];

(async () => {
  execFileSync(process.execPath, [join(kit.root, 'scripts/build.js')], { stdio: 'inherit' }); // the timing is of npm start, not of tsc
  const port = await kit.freePort();
  let failed = false;
  for (const { name, env, says } of cases) {
    const started = Date.now();
    const run = kit.npmStart(kit.userEnv({ NODE_ENV: 'development', PORT: String(port), LOG_LEVEL: 'warn', ...env }), name);
    const status = await kit.exitWithin(run, 15_000);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const lines = kit.ownLines(run.lines);
    const problems = [];
    if (status === null) problems.push('still running after 15 s');
    else if (status.code === 0) problems.push('exited 0');
    if (lines.length !== 1) problems.push(`printed ${lines.length} lines instead of one`);
    for (const words of says) if (!lines.join('\n').includes(words)) problems.push(`does not say "${words}"`);
    if (status === null)
      for (const pid of [run.child.pid, ...kit.descendants(run.child.pid)])
        try {
          process.kill(pid, 'SIGKILL');
        } catch {}
    console.log(
      `${problems.length === 0 ? 'ok' : 'FAILED'}: ${name}: stopped in ${seconds} s${problems.length ? ` — ${problems.join('; ')}` : ''}`,
    );
    failed ||= problems.length > 0;
  }
  rmSync(bin, { recursive: true, force: true });
  if (failed) {
    console.error('unreachable-services npm start smoke test failed');
    process.exit(1);
  }
  console.log('unreachable-services npm start smoke test passed');
})();
