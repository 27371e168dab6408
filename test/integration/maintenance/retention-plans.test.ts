import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { DataSource } from 'typeorm';
import {
  BrowserSessionRetentionPolicy,
  PasswordResetTokenRetentionPolicy,
  RefreshSessionRetentionPolicy,
  RefreshTokenRetentionPolicy,
} from '@app/accounts';
import { AlertDeliveryRetentionPolicy } from '@app/alerts';
import { StripeEventRetentionPolicy } from '@app/billing';
import { AppConfig } from '@app/config';
import { buildDataSourceOptions, RetentionPolicy } from '@app/database';
import { OutboundMailRetentionPolicy } from '@app/mail';
import { createTestDatabase, nodesOf, testConfig, TestDatabase } from '@app/testing';

const USERS = 2000;
const PER_USER = 10;

/**
 * Steady state: most rows are within their period, a day's worth is past it. Each batch must reach the rows past
 * it through its index, never by reading the whole table.
 */
describe('each retention batch finds its rows through an index', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let config: AppConfig;

  async function plan(policy: RetentionPolicy, table: string): Promise<{ indexes: string[]; seqScans: string[] }> {
    const [row] = await dataSource.query(`EXPLAIN (FORMAT JSON) ${policy.statement}`, [config.retention.batchSize, ...policy.parameters()]);
    const nodes = nodesOf(row['QUERY PLAN'][0].Plan);
    return {
      indexes: nodes.flatMap((node) => (node['Index Name'] ? [node['Index Name']] : [])),
      seqScans: nodes.filter((node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === table).map(() => table),
    };
  }

  before(async () => {
    db = await createTestDatabase();
    config = testConfig(db.url);
    dataSource = new DataSource({ ...buildDataSourceOptions(db.url), logging: false });
    await dataSource.initialize();
    await dataSource.query(
      `INSERT INTO users (email, name, role, password_hash)
       SELECT 'u' || i || '@plans.test', 'User ' || i, 'seeker', 'x' FROM generate_series(1, $1) i`,
      [USERS],
    );
    // Ages spread over 90 days of lifetimes (minus is the past); about one row in 30 is past its period.
    await dataSource.query(
      `INSERT INTO refresh_sessions (user_id, created_at, last_used_at, revoked_at)
       SELECT u.id, now() - interval '40 days', now() - (n * interval '1 day') / 3, CASE WHEN n % 9 = 0 THEN now() - (n * interval '1 day') / 3 END
         FROM users u CROSS JOIN generate_series(1, $1) n`,
      [PER_USER],
    );
    await dataSource.query(
      `INSERT INTO refresh_tokens (session_id, token_hash, expires_at)
       SELECT s.id, md5(random()::text), s.last_used_at + interval '30 days' - t * interval '15 minutes'
         FROM refresh_sessions s CROSS JOIN generate_series(0, 4) t`,
    );
    await dataSource.query(
      `INSERT INTO browser_sessions (user_id, token_hash, expires_at, ended_at)
       SELECT u.id, md5(random()::text), now() + interval '30 days' - n * interval '3 days', CASE WHEN n % 4 = 0 THEN now() - n * interval '12 hours' END
         FROM users u CROSS JOIN generate_series(1, $1) n`,
      [PER_USER],
    );
    await dataSource.query(
      `INSERT INTO password_reset_tokens (user_id, token_hash, expires_at)
       SELECT u.id, md5(random()::text), now() - n * interval '18 hours' FROM users u CROSS JOIN generate_series(1, $1) n`,
      [PER_USER],
    );
    await dataSource.query(
      `INSERT INTO outbound_mail (to_address, subject, text, html, status, created_at)
       SELECT 'u' || i || '@plans.test', 'Hello', '', '', 'sent', now() - (i % 31) * interval '1 day'
         FROM generate_series(1, $1) i`,
      [USERS * PER_USER],
    );
    await dataSource.query(
      `INSERT INTO job_alerts (user_id, name, frequency, criteria, criteria_key, cursor_at)
       SELECT u.id, 'Alert', 'weekly', '{}', md5(u.id::text), now() - interval '3 days' FROM users u`,
    );
    await dataSource.query(
      `INSERT INTO alert_deliveries (user_id, listing_id, digest_id, delivered_at)
       SELECT u.id, gen_random_uuid(), gen_random_uuid(), now() - (n % 91) * interval '1 day'
         FROM users u CROSS JOIN generate_series(1, $1) n`,
      [PER_USER * 5],
    );
    await dataSource.query(
      `INSERT INTO stripe_events (id, type, livemode, payload, status, received_at)
       SELECT 'evt_' || i, 'invoice.paid', false, '{}', CASE WHEN i % 50 = 0 THEN 'failed' ELSE 'processed' END, now() - (i % 91) * interval '1 day'
         FROM generate_series(1, $1) i`,
      [USERS * PER_USER],
    );
    await dataSource.query(
      'ANALYZE refresh_sessions, refresh_tokens, browser_sessions, password_reset_tokens, outbound_mail, job_alerts, alert_deliveries, stripe_events',
    );
  });

  after(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const cases: Array<[string, (config: AppConfig) => RetentionPolicy, string, string]> = [
    ['refresh tokens', (c) => new RefreshTokenRetentionPolicy(c), 'refresh_tokens', 'refresh_tokens_expires_at_idx'],
    ['refresh sessions', (c) => new RefreshSessionRetentionPolicy(c), 'refresh_sessions', 'refresh_sessions_last_moment_idx'],
    ['browser sessions', (c) => new BrowserSessionRetentionPolicy(c), 'browser_sessions', 'browser_sessions_over_at_idx'],
    [
      'password-reset tokens',
      (c) => new PasswordResetTokenRetentionPolicy(c),
      'password_reset_tokens',
      'password_reset_tokens_expires_at_idx',
    ],
    ['outbound mail', (c) => new OutboundMailRetentionPolicy(c), 'outbound_mail', 'outbound_mail_created_at_idx'],
    ['the alert ledger', (c) => new AlertDeliveryRetentionPolicy(c), 'alert_deliveries', 'alert_deliveries_delivered_at_idx'],
    ['Stripe events', (c) => new StripeEventRetentionPolicy(c), 'stripe_events', 'stripe_events_done_received_at_idx'],
  ];

  for (const [what, make, table, index] of cases) {
    it(`${what}: the batch reads ${index}, never the whole table`, async () => {
      const found = await plan(make(config), table);
      expect(found.indexes).toContain(index);
      expect(found.seqScans).toEqual([]);
    });
  }
});
