import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { AlertCriteria, criteriaKey, CriteriaMatcher, forEachBitBelow } from '@app/alerts';
import { buildSearchConditions, openListingCondition, seedGeneratedListings, SqlParams } from '@app/jobs';
import { startTestEnvironment, TestEnvironment } from '@app/testing';

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('set-based matching gives exactly what the listing search gives', () => {
  let env: TestEnvironment;

  before(async () => {
    env = await startTestEnvironment();
    await seedGeneratedListings(env.api.dataSource, { count: 3000, usdRates: env.config.jobs.usdRates, expiryDays: 30 });
    await env.api.dataSource.query(`UPDATE job_listings SET status = 'closed' WHERE random() < 0.05`);
  });
  after(() => env?.close());

  it('matches 400 random criteria like one buildSearchConditions query each, also when a later batch reuses the snapshot', async () => {
    const { dataSource } = env.api;
    const pick = <T>(items: T[], next: () => number) => items[Math.floor(next() * items.length)]!;
    const column = async (sql: string) => (await dataSource.query(sql)).map((row: { v: string }) => row.v);
    const categories: string[] = await column(`SELECT DISTINCT category AS v FROM job_listings`);
    const regions: string[] = await column(`SELECT DISTINCT unnest(regions) AS v FROM job_listings`);
    const tags: string[] = await column(`SELECT t AS v FROM job_listings, unnest(tags) t GROUP BY t ORDER BY count(*) DESC LIMIT 30`);
    const words = [
      'engineer',
      'senior',
      'data',
      'platform',
      '"machine learning"',
      'designer -senior',
      'backend or frontend',
      'nothingmatches',
    ];
    const next = random(7);
    const criteriaList: AlertCriteria[] = Array.from({ length: 400 }, () => {
      const c: AlertCriteria = {};
      if (next() < 0.5) c.category = pick(categories, next);
      if (next() < 0.35) c.region = next() < 0.2 ? 'Anywhere' : pick(regions, next);
      if (next() < 0.3) c.remote = next() < 0.7;
      if (next() < 0.3) c.seniority = pick(['junior', 'mid', 'senior', 'lead', 'any'] as const, next);
      if (next() < 0.2) c.type = pick(['full_time', 'contract', 'part_time'] as const, next);
      if (next() < 0.3) c.tags = next() < 0.3 ? [pick(tags, next), pick(tags, next)] : [pick(tags, next)];
      if (next() < 0.3) c.q = pick(words, next);
      if (next() < 0.25) c.salaryMin = pick([40000, 90000, 150000], next);
      if (c.salaryMin !== undefined && next() < 0.3) c.currency = pick(['EUR', 'GBP', 'XYZ'], next);
      return c;
    });
    const [{ since }] = await dataSource.query(
      `SELECT first_published_at AS since FROM job_listings ORDER BY first_published_at DESC OFFSET 1500 LIMIT 1`,
    );
    const matcher = new CriteriaMatcher(dataSource, env.config);
    const groups = criteriaList.map((criteria) => ({ key: criteriaKey(criteria), criteria }));
    // Two batches of one run: the second reuses the first one's fresh set and evaluates only its new atoms.
    const first = await matcher.match(groups.slice(0, 200), since, 'run-1');
    const second = await matcher.match(groups.slice(200), since, 'run-1');
    expect(first.ids.length).toBeGreaterThan(1000);
    expect(second.ids).toBe(first.ids);
    const matchesOf = (key: string) => first.matches.get(key) ?? second.matches.get(key)!;
    let nonEmpty = 0;
    for (const criteria of criteriaList) {
      const params = new SqlParams();
      const conditions = [
        openListingCondition('l'),
        `l.first_published_at > ${params.add(since)}`,
        ...buildSearchConditions(criteria, params, { alias: 'l', usdRates: env.config.jobs.usdRates }),
      ];
      const expected = (await dataSource.query(`SELECT id FROM job_listings l WHERE ${conditions.join(' AND ')}`, params.values))
        .map((row: { id: string }) => row.id)
        .sort();
      const got: string[] = [];
      forEachBitBelow(matchesOf(criteriaKey(criteria)), first.ids.length, (position) => (got.push(first.ids[position]!), true));
      expect({ criteria, ids: got.sort() }).toEqual({ criteria, ids: expected });
      if (expected.length > 0) nonEmpty += 1;
    }
    expect(nonEmpty).toBeGreaterThan(100);
  });
});
