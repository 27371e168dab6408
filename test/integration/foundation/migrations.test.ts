import { after, describe, it } from 'node:test';
import { expect } from 'expect';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureDatabaseExists, runMigrationsLocked } from '@app/database';
import { createEmptyDatabase, queryDatabase, testDatabaseUrl } from '@app/testing';

const migrationCount = readdirSync(resolve(__dirname, '../../../migrations')).filter((file) => file.endsWith('.js')).length;

describe('migrations', () => {
  const cleanups: Array<() => Promise<void>> = [];
  after(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('applies every migration exactly once when two runs start together on an empty database', async () => {
    const db = await createEmptyDatabase();
    cleanups.push(db.drop);
    const [first, second] = await Promise.all([runMigrationsLocked(db.url), runMigrationsLocked(db.url)]);
    expect(migrationCount).toBeGreaterThan(0);
    expect(first.length + second.length).toBe(migrationCount);
    expect([first.length, second.length].sort()).toEqual([0, migrationCount]);
    const rows = await queryDatabase<{ count: string }>(db.url, 'SELECT count(*) FROM typeorm_migrations');
    expect(Number(rows[0]!.count)).toBe(migrationCount);
    expect(await runMigrationsLocked(db.url)).toEqual([]);
  });

  it('creates the target database when it does not exist', async () => {
    const name = `jobboard_created_${Date.now()}`;
    const url = testDatabaseUrl(name);
    cleanups.push(async () => void (await queryDatabase(testDatabaseUrl('postgres'), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)));
    expect(await ensureDatabaseExists(url)).toBe(true);
    expect(await ensureDatabaseExists(url)).toBe(false);
    const found = await queryDatabase(testDatabaseUrl('postgres'), `SELECT 1 FROM pg_database WHERE datname = '${name}'`);
    expect(found).toHaveLength(1);
  });
});
