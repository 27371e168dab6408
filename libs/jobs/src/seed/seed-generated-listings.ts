import { DataSource } from 'typeorm';
import { annualiseSalary } from '../salary/annualise-salary.util';
import { generateCompany, generateListing, GeneratedListing } from './generate-listing.util';

export interface GeneratedListingsOptions {
  count: number;
  usdRates: Record<string, number>;
  expiryDays: number;
  now?: Date;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

const DAY_MS = 24 * 3600 * 1000;
const SEP = '\u001f';

const COLUMNS: Array<[string, string, (l: GeneratedListing, extra: Extra) => unknown]> = [
  ['slug', 'text', (l) => l.slug],
  ['company_id', 'uuid', (l, x) => x.companyId],
  ['title', 'text', (l) => l.title],
  ['description', 'text', (l) => l.description],
  ['description_html', 'text', (l) => l.descriptionHtml],
  ['employment_type', 'text', (l) => l.employmentType],
  ['seniority', 'text', (l) => l.seniority],
  ['category', 'text', (l) => l.category],
  ['remote', 'boolean', (l) => l.remote],
  ['regions', 'text', (l) => l.regions.join(SEP)],
  ['location', 'text', (l) => l.location],
  ['salary_min', 'int', (l) => l.salaryMin],
  ['salary_max', 'int', (l) => l.salaryMax],
  ['salary_currency', 'text', (l) => l.salaryCurrency],
  ['salary_period', 'text', (l) => l.salaryPeriod],
  ['salary_annual_min', 'int', (l, x) => x.annual.salaryAnnualMin],
  ['salary_annual_max', 'int', (l, x) => x.annual.salaryAnnualMax],
  ['salary_usd_annual_min', 'int', (l, x) => x.annual.salaryUsdAnnualMin],
  ['salary_usd_annual_max', 'int', (l, x) => x.annual.salaryUsdAnnualMax],
  ['tags', 'text', (l) => l.tags.join(SEP)],
  ['apply_url', 'text', (l) => l.applyUrl],
  ['featured', 'boolean', (l) => l.featured],
  ['first_published_at', 'timestamptz', (l) => l.firstPublishedAt.toISOString()],
  ['published_at', 'timestamptz', (l) => l.publishedAt.toISOString()],
  ['expires_at', 'timestamptz', (l, x) => x.expiresAt],
  ['created_at', 'timestamptz', (l) => l.firstPublishedAt.toISOString()],
];

interface Extra {
  companyId: string;
  annual: ReturnType<typeof annualiseSalary>;
  expiresAt: string;
}

const ARRAY_COLUMNS = new Set(['regions', 'tags']);

const INSERT_SQL = `
  INSERT INTO job_listings (${COLUMNS.map(([name]) => name).join(', ')}, status, updated_at)
  SELECT ${COLUMNS.map(([name]) => (ARRAY_COLUMNS.has(name) ? `string_to_array(t.${name}, E'\\x1f')` : `t.${name}`)).join(', ')},
         'published', now()
  FROM unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')}) AS t(${COLUMNS.map(([name]) => name).join(', ')})
  ON CONFLICT (slug) DO NOTHING`;

/**
 * Inserts `count` generated, published, open listings (idempotent: the same count adds nothing twice).
 * Rows go in as a few hundred multi-row statements (unnest of column arrays): ~200k rows in well under a minute.
 */
export async function seedGeneratedListings(dataSource: DataSource, options: GeneratedListingsOptions): Promise<number> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 2000;
  const companyCount = Math.max(40, Math.min(6000, Math.ceil(options.count / 35)));
  const companyIds = await upsertCompanies(dataSource, companyCount);
  const before = await countListings(dataSource);
  let done = 0;
  let next = 0;
  // Two statements in flight: Postgres computes search vectors on both cores while Node builds the next batch.
  const lane = async (): Promise<void> => {
    while (next < options.count) {
      const start = next;
      const end = Math.min(options.count, start + batchSize);
      next = end;
      // A bulk load, not a request: the app's statement timeout (which a batch can exceed on a busy machine) does not apply.
      await dataSource.transaction(async (manager) => {
        await manager.query('SET LOCAL statement_timeout = 0');
        await manager.query(INSERT_SQL, buildBatch(start, end, companyCount, companyIds, now, options));
      });
      done += end - start;
      options.onProgress?.(done, options.count);
    }
  };
  await Promise.all([lane(), lane()]);
  await dataSource.query('ANALYZE job_listings, companies');
  return (await countListings(dataSource)) - before;
}

function buildBatch(
  start: number,
  end: number,
  companyCount: number,
  companyIds: Map<string, string>,
  now: Date,
  options: GeneratedListingsOptions,
): unknown[][] {
  const columns: unknown[][] = COLUMNS.map(() => []);
  for (let index = start; index < end; index += 1) {
    const listing = generateListing(index, companyCount, now, options.usdRates);
    const extra: Extra = {
      companyId: companyIds.get(listing.companySlug)!,
      annual: annualiseSalary(listing, options.usdRates),
      expiresAt: new Date(listing.publishedAt.getTime() + options.expiryDays * DAY_MS).toISOString(),
    };
    COLUMNS.forEach(([, , value], i) => columns[i]!.push(value(listing, extra)));
  }
  return columns;
}

async function countListings(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query('SELECT count(*)::int AS n FROM job_listings');
  return row.n;
}

async function upsertCompanies(dataSource: DataSource, count: number): Promise<Map<string, string>> {
  const companies = Array.from({ length: count }, (_, i) => generateCompany(i));
  await dataSource.query(
    `INSERT INTO companies (slug, name, website)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
     ON CONFLICT (slug) DO NOTHING`,
    [companies.map((c) => c.slug), companies.map((c) => c.name), companies.map((c) => c.website)],
  );
  const rows: Array<{ id: string; slug: string }> = await dataSource.query('SELECT id, slug FROM companies WHERE slug = ANY($1)', [
    companies.map((c) => c.slug),
  ]);
  return new Map(rows.map((row) => [row.slug, row.id]));
}
