import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { buildDataSourceOptions } from '@app/database';
import {
  ListingPosition,
  ListingItemRow,
  ListingSearchRepository,
  SearchCriteria,
  SearchEstimator,
  SearchPlan,
  SearchStatementPool,
  seedGeneratedListings,
} from '@app/jobs';
import { createTestDatabase, TestDatabase, testConfig } from '@app/testing';

const PLANS: SearchPlan[] = [
  { strategy: 'plain' },
  { strategy: 'bitmap' },
  { strategy: 'walk', budget: 40 },
  { strategy: 'walk', budget: 5000 },
  { strategy: 'window', fraction: 0.01 },
  { strategy: 'window', fraction: 0.3 },
];

const CRITERIA: SearchCriteria[] = [
  { q: 'engineer' },
  { q: 'kubernetes' },
  { q: 'ocaml' },
  { q: '"machine learning"' },
  { q: 'engineer -python', region: 'Europe', remote: true },
  { q: 'zyxwvut' },
  { category: 'engineering', seniority: 'senior', salaryMin: 120000 },
  { tags: ['python'], salaryMin: 50000, currency: 'EUR' },
];

describe('search plans return the same pages', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let config: AppConfig;
  let repository: ListingSearchRepository;
  let statements: SearchStatementPool;

  before(async () => {
    db = await createTestDatabase();
    config = testConfig(db.url);
    dataSource = new DataSource({ ...buildDataSourceOptions(db.url), logging: false });
    await dataSource.initialize();
    await seedGeneratedListings(dataSource, { count: 3000, usdRates: config.jobs.usdRates, expiryDays: 30 });
    statements = new SearchStatementPool(config);
    repository = new ListingSearchRepository(statements, new SearchEstimator(dataSource), config);
  });
  after(async () => {
    await statements.onModuleDestroy();
    await dataSource.destroy();
    await db.drop();
  });

  async function allPages(criteria: SearchCriteria, plan: SearchPlan, pageSize: number): Promise<string[]> {
    const ids: string[] = [];
    let after: ListingPosition | null = null;
    for (;;) {
      const rows: ListingItemRow[] = await repository.findPage(criteria, after, pageSize + 1, plan);
      ids.push(...rows.slice(0, pageSize).map((row) => row.id));
      if (rows.length <= pageSize) return ids;
      const last = rows[pageSize - 1]!;
      after = { f: last.featured, p: last.position, i: last.id };
    }
  }

  it('gives identical, complete, newest-first results whatever the plan', async () => {
    for (const criteria of CRITERIA) {
      const expected = await allPages(criteria, { strategy: 'plain' }, 1000);
      const [{ n }] = await dataSource.query(
        'SELECT count(*)::int AS n FROM job_listings l WHERE ' + (await countWhere(criteria)).sql,
        (await countWhere(criteria)).params,
      );
      expect({ criteria, count: expected.length }).toEqual({ criteria, count: n });
      for (const plan of PLANS) {
        const pages = await allPages(criteria, plan, 50);
        expect({ criteria, plan, same: pages.join() === expected.join() }).toEqual({ criteria, plan, same: true });
      }
    }
  });

  it('routes frequent terms to the walk and rare ones to a bitmap', async () => {
    expect((await repository.choosePlan({ q: 'engineer' }, 21)).strategy).toBe('walk');
    expect((await repository.choosePlan({ q: 'zyxwvut' }, 21)).strategy).toBe('bitmap');
    expect((await repository.choosePlan({ category: 'engineering' }, 21)).strategy).toBe('plain');
  });

  async function countWhere(criteria: SearchCriteria) {
    const { buildSearchConditions, openListingCondition, SqlParams } = await import('@app/jobs');
    const params = new SqlParams();
    const conditions = [
      openListingCondition('l'),
      ...buildSearchConditions(criteria, params, { alias: 'l', usdRates: config.jobs.usdRates }),
    ];
    return { sql: conditions.join(' AND '), params: params.values };
  }
});
