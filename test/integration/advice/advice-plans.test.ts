import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { AdviceRankingQuery, buildAdviceProfile, CategoryTagStatsQuery } from '@app/advice';
import { seedGeneratedListings } from '@app/jobs';
import { nodesOf, PlanNode, startTestEnvironment, TestEnvironment } from '@app/testing';

/** A parameter as an SQL literal (EXECUTE takes no bind parameters). */
function literal(value: unknown): string {
  const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return quoted(`{${value.map((item) => `"${String(item).replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
  return quoted(String(value));
}

describe('job advice reads its indexes (generic plans, as the search pool runs them)', () => {
  let env: TestEnvironment;

  /** The plan of a statement prepared and planned generically, as on the search pool. */
  async function genericPlan(statement: { sql: string; params: unknown[] }): Promise<PlanNode[]> {
    const runner = env.api.dataSource.createQueryRunner();
    try {
      await runner.query('SET plan_cache_mode = force_generic_plan');
      await runner.query(`PREPARE advice_statement AS ${statement.sql}`);
      const [{ 'QUERY PLAN': plan }] = await runner.query(
        `EXPLAIN (FORMAT JSON) EXECUTE advice_statement(${statement.params.map(literal).join(', ')})`,
      );
      return nodesOf(plan[0].Plan);
    } finally {
      await runner.query('DEALLOCATE ALL');
      await runner.query('RESET plan_cache_mode');
      await runner.release();
    }
  }

  const scans = (nodes: PlanNode[]) =>
    nodes.filter((n) => n['Relation Name']).map((n) => `${n['Node Type']} ${n['Index Name'] ?? n['Relation Name']}`);

  before(async () => {
    env = await startTestEnvironment();
    await seedGeneratedListings(env.api.dataSource, { count: 6000, usdRates: env.config.jobs.usdRates, expiryDays: 30 });
    await env.api.dataSource.query('VACUUM ANALYZE listing_advice_terms');
    await env.api.dataSource.query('ANALYZE job_listings');
  });
  after(() => env?.close());

  it('keeps listing_advice_terms in step with the listings: published ones only, by tag, title word and category', async () => {
    const [counts] = await env.api.dataSource.query(`
      SELECT (SELECT count(*)::int FROM listing_advice_terms WHERE source = 'category') AS categories,
             (SELECT count(*)::int FROM job_listings WHERE status = 'published') AS published`);
    expect(counts.categories).toBe(counts.published);
    const [listing] = await env.api.dataSource.query(`SELECT id, tags FROM job_listings WHERE status = 'published' LIMIT 1`);
    await env.api.dataSource.query(`UPDATE job_listings SET status = 'closed', closed_at = now() WHERE id = $1`, [listing.id]);
    expect(await env.api.dataSource.query(`SELECT 1 FROM listing_advice_terms WHERE listing_id = $1`, [listing.id])).toEqual([]);
    await env.api.dataSource.query(`UPDATE job_listings SET status = 'published', closed_at = null, tags = '{go,grpc}' WHERE id = $1`, [
      listing.id,
    ]);
    const tags = await env.api.dataSource.query(
      `SELECT term FROM listing_advice_terms WHERE listing_id = $1 AND source = 'tag' ORDER BY term`,
      [listing.id],
    );
    expect(tags.map((row: { term: string }) => row.term)).toEqual(['go', 'grpc']);
  });

  it('ranks from the index-only candidate scan and primary-key lookups, never a sequential scan', async () => {
    const profile = buildAdviceProfile(
      {
        headline: 'Senior Backend Engineer',
        location: 'Berlin, Europe',
        skills: ['Go', 'Kubernetes', 'PostgreSQL'],
        experience: [{ title: 'Go Engineer' }],
      },
      [{ salaryMin: 90000, remote: true, category: 'engineering' }],
    );
    const statement = env.api.app.get(AdviceRankingQuery).statement(profile, '00000000-0000-4000-8000-000000000000', 20);
    const used = scans(await genericPlan(statement));
    expect(used).toContain('Index Only Scan listing_advice_terms_lookup_idx');
    expect(used).toEqual(expect.arrayContaining([expect.stringMatching(/^Index Scan PK_/)])); // job_listings by id
    expect(used).toEqual(expect.arrayContaining([expect.stringMatching(/listing_advice_terms_pkey$/)]));
    expect(used.filter((scan) => scan.startsWith('Seq Scan'))).toEqual([]);
  });

  it("counts a category's tags with an index-only scan", async () => {
    const used = scans(await genericPlan(env.api.app.get(CategoryTagStatsQuery).statement('engineering')));
    expect(used).toEqual(['Index Only Scan listing_advice_terms_category_idx']);
  });
});
