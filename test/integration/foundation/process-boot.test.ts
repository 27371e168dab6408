import { after, describe, it } from 'node:test';
import { expect } from 'expect';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { testDatabaseUrl } from '@app/testing';

const root = resolve(__dirname, '../../..');

function run(script: string, env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [resolve(root, script)], { cwd: root, env: { PATH: process.env.PATH ?? '', ...env } });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk) => (stdout += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stderr, stdout });
    });
  });
}

describe('process start-up configuration', () => {
  const created: string[] = [];
  after(async () => {
    const client = new Client({ connectionString: testDatabaseUrl('postgres') });
    await client.connect();
    for (const name of created) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  });

  for (const app of ['api', 'worker']) {
    it(`${app}: a bad REDIS_URL stops the process with one line naming it`, async () => {
      const result = await run(`apps/${app}/src/main.js`, { REDIS_URL: 'not-a-url' });
      expect(result.code).not.toBe(0);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain('REDIS_URL');
    });

    it(`${app}: production without JWT_SECRET stops the process naming JWT_SECRET`, async () => {
      const result = await run(`apps/${app}/src/main.js`, {
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x',
        REDIS_URL: 'redis://127.0.0.1:6379',
        APP_URL: 'https://jobs.example',
        SMTP_URL: 'smtp://127.0.0.1:2525',
      });
      expect(result.code).not.toBe(0);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain('JWT_SECRET');
    });
  }

  const unreachable = {
    DATABASE_URL: { url: 'postgres://postgres@127.0.0.1:1/x', address: '127.0.0.1:1', service: 'Postgres' },
    REDIS_URL: { url: 'redis://127.0.0.1:1', address: '127.0.0.1:1', service: 'Redis' },
  };
  const scripts: Record<string, string> = {
    api: 'apps/api/src/main.js',
    worker: 'apps/worker/src/main.js',
    migrate: 'scripts/migrate.js',
    seed: 'scripts/seed.js',
  };
  const reachable = { DATABASE_URL: testDatabaseUrl('postgres'), REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379' };
  const needs: Record<string, Array<keyof typeof unreachable>> = {
    api: ['DATABASE_URL', 'REDIS_URL'],
    worker: ['DATABASE_URL', 'REDIS_URL'],
    migrate: ['DATABASE_URL'],
    seed: ['DATABASE_URL'],
  };
  for (const [name, script] of Object.entries(scripts)) {
    for (const variable of needs[name]!) {
      for (const nodeEnv of ['development', 'production']) {
        it(`${name} (${nodeEnv}): an unreachable ${variable} stops it at once with one line naming the variable and host:port`, async () => {
          const { url, address, service } = unreachable[variable];
          const production = { APP_URL: 'https://jobs.example', SMTP_URL: 'smtp://127.0.0.1:2525', JWT_SECRET: 'x'.repeat(32) };
          const started = Date.now();
          const result = await run(script, {
            NODE_ENV: nodeEnv,
            ...(nodeEnv === 'production' ? production : { DEV_SECRET_FILE: 'var/test-dev-jwt-secret' }),
            ...reachable,
            [variable]: url,
          });
          expect(result.code).not.toBe(0);
          expect(Date.now() - started).toBeLessThan(15_000);
          const lines = result.stderr.trim().split('\n');
          expect(lines).toHaveLength(1);
          expect(lines[0]).toContain(`Cannot connect to ${service} at ${address} (${variable}=${url})`);
          expect(lines[0]).toContain('connection refused');
          expect(result.stderr).not.toMatch(/\bat .+\.js:\d+/); // no stack
        });
      }
    }
  }

  it('api: DATABASE_URL=embedded outside npm start says that only npm start understands it', async () => {
    const result = await run('apps/api/src/main.js', {
      NODE_ENV: 'development',
      DATABASE_URL: 'embedded',
      DEV_SECRET_FILE: 'var/test-dev-jwt-secret',
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim()).toMatch(/^Invalid configuration: DATABASE_URL is "embedded", which only npm start understands/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('migration:run creates a database that does not exist and migrates it', async () => {
    const name = `jobboard_boot_${Date.now()}`;
    created.push(name);
    const result = await run('scripts/migrate.js', { NODE_ENV: 'test', DATABASE_URL: testDatabaseUrl(name), JWT_SECRET: 'x'.repeat(32) });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Applied migrations: /);
    const client = new Client({ connectionString: testDatabaseUrl(name) });
    await client.connect();
    const rows = await client.query('SELECT count(*)::int AS count FROM typeorm_migrations');
    await client.end();
    expect(rows.rows[0].count).toBeGreaterThan(0);
  });
});
