import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { DomainError, ErrorCode } from '@app/common';
import { SEARCH_POOL_SETTINGS, SearchStatementPool } from '@app/jobs';
import { statementName } from '@app/database';
import { createTestDatabase, TestDatabase, testConfig } from '@app/testing';

describe('the search statement pool', () => {
  let db: TestDatabase;
  let pool: SearchStatementPool;

  before(async () => {
    db = await createTestDatabase();
    pool = new SearchStatementPool(testConfig(db.url));
  });
  after(async () => {
    await pool.onModuleDestroy();
    await db.drop();
  });

  it('runs statements read-only, without JIT, under the search timeout', async () => {
    const [settings] = await pool.query<Record<string, string>>(
      `SELECT current_setting('transaction_read_only') AS read_only, current_setting('jit') AS jit,
              (SELECT setting FROM pg_settings WHERE name = 'statement_timeout') AS timeout, $1::text AS echo`,
      ['x'],
    );
    expect(settings).toEqual({ read_only: 'on', jit: 'off', timeout: String(SEARCH_POOL_SETTINGS.statementTimeoutMs), echo: 'x' });
    await expect(pool.query('CREATE TABLE search_pool_probe (id int)', [])).rejects.toMatchObject({ code: '25006' });
  });

  it('prepares a statement once per connection and reuses it by its text', async () => {
    const text = 'SELECT $1::int + 1 AS n';
    for (let i = 0; i < 3; i += 1) expect(await pool.query(text, [i])).toEqual([{ n: i + 1 }]);
    const [{ n }] = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name = $1', [
      statementName(text),
    ]);
    expect(n).toBe(1);
  });

  it('turns a statement that runs out of time into a 503-class error', async () => {
    const slow = pool.query('SELECT pg_sleep($1::float8 / 1000)', [SEARCH_POOL_SETTINGS.statementTimeoutMs + 500]);
    await expect(slow).rejects.toBeInstanceOf(DomainError);
    await expect(slow).rejects.toMatchObject({ code: ErrorCode.Unavailable });
  });
});
