import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { DataSource } from 'typeorm';
import { Role, UserDirectory } from '@app/accounts';
import { AlertRunsService } from '@app/alerts';
import { AuditLog } from '@app/audit';
import { AdminGuidesQuery } from '@app/career-guides';
import { AdminListingsQuery, seedGeneratedListings } from '@app/jobs';
import { DashboardStatsService } from '@app/stats';
import { startTestEnvironment, TestEnvironment } from '@app/testing';

interface Statement {
  sql: string;
  values: unknown[];
}

/** Every index the plan of a statement reads. */
async function indexesOf(dataSource: DataSource, statement: Statement): Promise<string[]> {
  const [{ 'QUERY PLAN': plan }] = await dataSource.query(`EXPLAIN (FORMAT JSON) ${statement.sql}`, statement.values);
  const found: string[] = [];
  const visit = (node: Record<string, unknown>) => {
    if (typeof node['Index Name'] === 'string') found.push(node['Index Name']);
    for (const child of (node.Plans as Array<Record<string, unknown>> | undefined) ?? []) visit(child);
  };
  visit(plan[0].Plan);
  return found;
}

describe('the admin lists and dashboard counts read their indexes', () => {
  let env: TestEnvironment;
  let dataSource: DataSource;

  /** The statements `run` sends, caught on their way to Postgres (and still run). */
  async function statementsOf(run: () => Promise<unknown>): Promise<Statement[]> {
    const caught: Statement[] = [];
    const query = dataSource.query.bind(dataSource);
    dataSource.query = ((sql: string, values: unknown[] = []) => {
      caught.push({ sql, values });
      return query(sql, values);
    }) as DataSource['query'];
    try {
      await run();
    } finally {
      dataSource.query = query;
    }
    return caught;
  }

  async function expectIndex(run: () => Promise<unknown>, index: string | RegExp, match: RegExp): Promise<void> {
    const statement = (await statementsOf(run)).find((s) => match.test(s.sql));
    expect(statement).toBeDefined();
    const used = await indexesOf(dataSource, statement!);
    expect({ sql: statement!.sql.replace(/\s+/g, ' ').slice(0, 90), used }).toEqual({
      sql: statement!.sql.replace(/\s+/g, ' ').slice(0, 90),
      used: expect.arrayContaining([typeof index === 'string' ? index : expect.stringMatching(index)]),
    });
  }

  before(async () => {
    env = await startTestEnvironment();
    dataSource = env.api.dataSource;
    const config = env.config;
    await seedGeneratedListings(dataSource, { count: 4000, usdRates: config.jobs.usdRates, expiryDays: 30 });
    await dataSource.query(`UPDATE job_listings SET status = 'draft' WHERE random() < 0.05`);
    await dataSource.query(`UPDATE job_listings SET title = 'Zanzibarian Tide Engineer' WHERE id IN (SELECT id FROM job_listings LIMIT 2)`);
    await dataSource.query(`
      INSERT INTO users (email, name, role, password_hash, created_at)
      SELECT 'person' || i || '@example.test', 'Person ' || i, CASE WHEN i % 50 = 0 THEN 'admin' ELSE 'seeker' END, 'x',
             now() - (i || ' hours')::interval
      FROM generate_series(1, 20000) i`);
    await dataSource.query(`
      INSERT INTO career_guides (slug, title, summary, stats, skills, status, version)
      SELECT 'guide-' || i, 'Guide ' || i, 'About role ' || i, '{}', '{}', CASE WHEN i % 10 = 0 THEN 'published' ELSE 'draft' END, 1
      FROM generate_series(1, 3000) i`);
    await dataSource.query(`
      INSERT INTO alert_runs (trigger, frequency, status, created_at)
      SELECT 'schedule', 'weekly', 'completed', now() - (i || ' minutes')::interval FROM generate_series(1, 5000) i`);
    const [actor] = await dataSource.query(`SELECT id FROM users WHERE role = 'admin' LIMIT 1`);
    await dataSource.query(
      `INSERT INTO audit_entries (actor_id, action, entity, entity_id, created_at)
       SELECT CASE WHEN i % 20 = 0 THEN $1::uuid END, 'listing.update', (ARRAY['listing', 'guide', 'user', 'alert_run', 'application'])[1 + i % 5],
              gen_random_uuid(), now() - (i || ' seconds')::interval
       FROM generate_series(1, 20000) i`,
      [actor.id],
    );
    await dataSource.query(`
      INSERT INTO job_applications (listing_id, user_id, created_at)
      SELECT l.id, u.id, now() - ((row_number() OVER ()) || ' hours')::interval
      FROM (SELECT id FROM job_listings LIMIT 40) l CROSS JOIN (SELECT id FROM users WHERE role = 'seeker' LIMIT 500) u`);
    // VACUUM too: it moves the GIN indexes' pending entries into the index, as autovacuum does in production.
    await dataSource.query('VACUUM ANALYZE');
  });
  after(() => env?.close());

  it('lists listings by newest change, by status and by words through their indexes', async () => {
    const listings = env.api.app.get(AdminListingsQuery);
    await expectIndex(() => listings.list({ limit: 20 }), 'job_listings_admin_updated_idx', /FROM job_listings/);
    await expectIndex(() => listings.list({ limit: 20, status: 'draft' }), 'job_listings_admin_status_updated_idx', /FROM job_listings/);
    await expectIndex(() => listings.list({ limit: 20, q: 'zanzibarian' }), 'job_listings_search_idx', /FROM job_listings/);
    await expectIndex(() => listings.list({ limit: 20, q: 'zanzibarian' }), 'job_listings_admin_search_idx', /FROM job_listings/);
  });

  it('lists guides, users, alert runs and the audit trail through their indexes', async () => {
    const guides = env.api.app.get(AdminGuidesQuery);
    await expectIndex(() => guides.list({ limit: 20 }), 'career_guides_admin_updated_idx', /FROM career_guides/);
    await expectIndex(
      () => guides.list({ limit: 20, status: 'draft' }),
      /^career_guides_admin_(status_)?updated_idx$/,
      /FROM career_guides/,
    );
    const users = env.api.app.get(UserDirectory);
    await expectIndex(() => users.list({ limit: 20 }), 'users_created_idx', /FROM users u/);
    await expectIndex(() => users.list({ limit: 20, role: Role.Admin }), 'users_role_created_idx', /FROM users u/);
    await expectIndex(() => users.list({ limit: 20, q: 'person12345@' }), 'users_search_idx', /FROM users u/);
    await expectIndex(() => env.api.app.get(AlertRunsService).list({ limit: 20 }), 'alert_runs_created_idx', /FROM alert_runs r/);
    const audit = env.api.app.get(AuditLog);
    await expectIndex(() => audit.list({ limit: 20 }), 'audit_entries_created_idx', /FROM audit_entries/);
    const [actor] = await dataSource.query(`SELECT id FROM users WHERE role = 'admin' LIMIT 1`);
    await expectIndex(() => audit.list({ limit: 20, actor: actor.id }), 'audit_entries_actor_created_idx', /FROM audit_entries/);
    await expectIndex(() => audit.list({ limit: 20, entity: 'guide' }), /^audit_entries_entity_(id_)?created_idx$/, /FROM audit_entries/);
  });

  it("counts the dashboard's days of signups and applications through their time indexes", async () => {
    const stats = env.api.app.get(DashboardStatsService);
    await expectIndex(() => stats.get(), 'users_created_idx', /FROM users WHERE created_at/);
    await expectIndex(() => stats.get(), 'job_applications_created_idx', /FROM job_applications WHERE created_at/);
  });
});
