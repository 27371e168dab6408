import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { DataSource } from 'typeorm';
import { planForSubscriptions, PlanRules, PlusMembership } from '@app/billing';
import { PLUS_TEST_ENV, startTestEnvironment, TestEnvironment } from '@app/testing';

const DAY_MS = 86_400_000;
const NOW = new Date('2031-03-10T12:00:00Z');
const STATUSES = ['active', 'trialing', 'past_due', 'canceled', 'incomplete', 'incomplete_expired', 'unpaid', 'paused'];
const PRICES = ['price_plus', 'price_other', null];
const TIMES = [null, new Date(NOW.getTime() - DAY_MS), new Date(NOW.getTime() + DAY_MS)];

interface Row {
  status: string;
  priceId: string | null;
  cancelAtPeriodEnd: boolean;
  cancelAt: Date | null;
  currentPeriodEnd: Date | null;
}

/** Every combination of what the plan rule reads, each as the one subscription of its own user. */
function combinations(): Row[] {
  const rows: Row[] = [];
  for (const status of STATUSES)
    for (const priceId of PRICES)
      for (const cancelAtPeriodEnd of [false, true])
        for (const cancelAt of TIMES)
          for (const currentPeriodEnd of TIMES) rows.push({ status, priceId, cancelAtPeriodEnd, cancelAt, currentPeriodEnd });
  return rows;
}

async function insertOnePerUser(dataSource: DataSource, rows: Row[]): Promise<void> {
  await dataSource.query(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb)
         AS r(status text, "priceId" text, "cancelAtPeriodEnd" boolean, "cancelAt" timestamptz, "currentPeriodEnd" timestamptz)
     ), users_in AS (
       INSERT INTO users (email, name, password_hash)
       SELECT 'member-' || gen_random_uuid() || '@example.test', 'Member', 'x' FROM input
       RETURNING id
     ), paired AS (
       SELECT u.id AS user_id, i.* FROM
         (SELECT id, row_number() OVER () AS n FROM users_in) u
         JOIN (SELECT *, row_number() OVER () AS n FROM input) i USING (n)
     )
     INSERT INTO subscriptions (stripe_subscription_id, user_id, stripe_customer_id, status, price_id, cancel_at_period_end, cancel_at, current_period_end)
     SELECT 'sub_' || gen_random_uuid(), user_id, 'cus_' || user_id, status, "priceId", "cancelAtPeriodEnd", "cancelAt", "currentPeriodEnd" FROM paired`,
    [JSON.stringify(rows)],
  );
}

const expected = (rows: Row[], rules: PlanRules, now: Date) =>
  rows.filter((row) => planForSubscriptions([row], rules, now) === 'plus').length;

for (const pastDueGrantsPlus of [true, false]) {
  describe(`counting Plus members (past_due ${pastDueGrantsPlus ? 'grants' : 'does not grant'} Plus)`, () => {
    let env: TestEnvironment;
    const rows = combinations();
    const rules: PlanRules = { plusPriceId: 'price_plus', pastDueGrantsPlus };

    before(async () => {
      env = await startTestEnvironment({ env: { ...PLUS_TEST_ENV, BILLING_PAST_DUE_GRANTS_PLUS: String(pastDueGrantsPlus) } });
      await insertOnePerUser(env.api.dataSource, rows);
    });
    after(() => env?.close());

    it('counts exactly the users the plan rule makes Plus, at any moment', async () => {
      const members = env.api.app.get(PlusMembership);
      for (const now of [NOW, new Date(NOW.getTime() - 2 * DAY_MS), new Date(NOW.getTime() + 2 * DAY_MS)]) {
        const count = await members.countMembers(now);
        expect({ now, count }).toEqual({ now, count: expected(rows, rules, now) });
      }
      expect(expected(rows, rules, NOW)).toBeGreaterThan(0);
    });

    it('counts a user with two granting subscriptions once', async () => {
      const members = env.api.app.get(PlusMembership);
      const before = await members.countMembers(NOW);
      const [{ user_id: userId }] = await env.api.dataSource.query(
        `SELECT user_id FROM subscriptions WHERE status = 'active' AND price_id = 'price_plus' AND cancel_at IS NULL AND NOT cancel_at_period_end LIMIT 1`,
      );
      await env.api.dataSource.query(
        `INSERT INTO subscriptions (stripe_subscription_id, user_id, stripe_customer_id, status, price_id) VALUES ('sub_second', $1, 'cus_x', 'trialing', 'price_plus')`,
        [userId],
      );
      expect(await members.countMembers(NOW)).toBe(before);
      await env.api.dataSource.query(`DELETE FROM subscriptions WHERE stripe_subscription_id = 'sub_second'`);
    });
  });
}

describe('the Plus member count at scale', () => {
  let env: TestEnvironment;

  before(async () => {
    env = await startTestEnvironment({ env: PLUS_TEST_ENV });
    const dataSource = env.api.dataSource;
    await dataSource.query(
      `INSERT INTO users (email, name, password_hash) SELECT 'bulk-' || n || '@example.test', 'Bulk', 'x' FROM generate_series(1, 30000) n`,
    );
    // Most subscriptions a real shop holds are over (canceled); a third of the users are Plus now.
    await dataSource.query(
      `INSERT INTO subscriptions (stripe_subscription_id, user_id, stripe_customer_id, status, price_id, current_period_end)
       SELECT 'sub_bulk_' || row_number() OVER (), id, 'cus_' || id,
              CASE WHEN row_number() OVER () % 3 = 0 THEN 'active' ELSE 'canceled' END, 'price_plus', now() + interval '20 days'
       FROM users`,
    );
    await dataSource.query('VACUUM ANALYZE subscriptions');
  });
  after(() => env?.close());

  it('is an index-only scan of subscriptions_plus_members_idx', async () => {
    const dataSource = env.api.dataSource;
    const statements: Array<{ sql: string; params: unknown[] }> = [];
    const query = dataSource.query.bind(dataSource);
    dataSource.query = ((sql: string, params?: unknown[]) => {
      statements.push({ sql, params: params ?? [] });
      return query(sql, params);
    }) as typeof dataSource.query;
    try {
      expect(await env.api.app.get(PlusMembership).countMembers()).toBe(10000);
    } finally {
      dataSource.query = query;
    }
    expect(statements).toHaveLength(1);
    const [{ 'QUERY PLAN': plan }] = await dataSource.query(`EXPLAIN (FORMAT JSON) ${statements[0]!.sql}`, statements[0]!.params);
    const text = JSON.stringify(plan);
    expect(text).toContain('"Node Type":"Index Only Scan"');
    expect(text).toContain('"Index Name":"subscriptions_plus_members_idx"');
  });
});
