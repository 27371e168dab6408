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
