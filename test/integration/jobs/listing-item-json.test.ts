import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@app/database';
import {
  LISTING_ITEM_COLUMNS,
  LISTING_ROW_COLUMNS,
  LISTING_WITH_COMPANY_COLUMNS,
  ListingItemRow,
  listingFromRow,
  ListingRow,
  presentListing,
  seedGeneratedListings,
  toListingItem,
} from '@app/jobs';
import { createTestDatabase, OpenApiContract, TestDatabase, testConfig } from '@app/testing';
import { generateOpenApiDocument } from '../../../apps/api/src/openapi-document';

describe('the list item kept rendered as JSON in job_listing_items', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  before(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url);
    dataSource = new DataSource({ ...buildDataSourceOptions(db.url), logging: false });
    await dataSource.initialize();
    await seedGeneratedListings(dataSource, { count: 300, usdRates: config.jobs.usdRates, expiryDays: 30 });
    // What a hand-written listing can hold: quotes, backslashes, control characters, non-ASCII, empty arrays, nulls.
    await dataSource.query(
      `UPDATE job_listings SET title = $1, location = NULL, tags = $2, regions = '{}', apply_url = $3, featured = true,
         salary_min = NULL, salary_max = NULL, salary_currency = NULL, salary_period = NULL,
         published_at = '2026-03-04 05:06:07.999999+00', first_published_at = '2026-03-04 05:06:07.0005+00'
       WHERE id IN (SELECT id FROM job_listings ORDER BY id LIMIT 5)`,
      [
        'Senior "Rust" engineer \\ back\\slash – ünïcødé 🚀\n\ttab </script>',
        ['c++', 'say "hi"', 'ünï'],
        'https://apply.example.com/?a=1&b="2"',
      ],
    );
    await dataSource.query(`UPDATE companies SET website = NULL, logo_url = 'https://cdn.example.com/l.png', name = 'Ø "Quoted" Co'
       WHERE id IN (SELECT company_id FROM job_listings ORDER BY id LIMIT 3)`);
  });
  after(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('is byte for byte the JSON of toListingItem over the row columns, for every listing, after listing and company edits', async () => {
    const typed: ListingRow[] = await dataSource.query(
      `SELECT ${LISTING_ROW_COLUMNS} FROM job_listings l JOIN companies c ON c.id = l.company_id ORDER BY l.id`,
    );
    const rendered: ListingItemRow[] = await dataSource.query(
      `SELECT ${LISTING_ITEM_COLUMNS} FROM job_listings l JOIN companies c ON c.id = l.company_id ORDER BY l.id`,
    );
    expect(rendered).toHaveLength(300);
    expect(rendered.map((row) => row.id)).toEqual(typed.map((row) => row.id));
    rendered.forEach((row, index) => {
      expect(row.item).toBe(JSON.stringify(toListingItem(typed[index]!)));
      expect(row.position).toBe(typed[index]!.position);
      expect(row.featured).toBe(typed[index]!.featured);
    });
    expect(rendered.filter((row) => row.item.includes('🚀')).length).toBe(5);
  });

  it("matches the API document's schemas: each rendered list item, and each listing's detail (the public and admin view)", async () => {
    const contract = new OpenApiContract(await generateOpenApiDocument());
    const items: ListingItemRow[] = await dataSource.query(`SELECT ${LISTING_ITEM_COLUMNS} FROM job_listings l ORDER BY l.id`);
    const details = (
      await dataSource.query(
        `SELECT ${LISTING_WITH_COMPANY_COLUMNS} FROM job_listings l JOIN companies c ON c.id = l.company_id ORDER BY l.id`,
      )
    ).map((row: Record<string, unknown>) =>
      JSON.parse(JSON.stringify(presentListing(listingFromRow(row), new Date(), 'http://localhost:3000'))),
    );
    expect(items).toHaveLength(300);
    expect(details).toHaveLength(300);
    const refused = [
      ...items.map((row) => ({
        id: row.id,
        schema: 'ListingItemDto',
        errors: contract.schemaErrors('ListingItemDto', JSON.parse(row.item)),
      })),
      ...details.map((detail: { id: string }) => ({
        id: detail.id,
        schema: 'ListingDetailDto',
        errors: contract.schemaErrors('ListingDetailDto', detail),
      })),
    ].filter((result) => result.errors !== undefined);
    expect(refused).toEqual([]);
    // The schema can refuse: the test holds the items to it, not to anything.
    expect(contract.schemaErrors('ListingItemDto', { ...JSON.parse(items[0]!.item), salaryMin: '1' })).toBe('/salaryMin must be integer');
  });
});

describe('job_listing_items follows its listing', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  before(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource({ ...buildDataSourceOptions(db.url), logging: false });
    await dataSource.initialize();
    await seedGeneratedListings(dataSource, { count: 20, usdRates: testConfig(db.url).jobs.usdRates, expiryDays: 30 });
  });
  after(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('holds one item per listing: a closed listing says so, a deleted one takes its item along', async () => {
    const [{ id }] = await dataSource.query(`SELECT id FROM job_listings ORDER BY id LIMIT 1`);
    await dataSource.query(`UPDATE job_listings SET status = 'closed' WHERE id = $1`, [id]);
    const [closed] = await dataSource.query(`SELECT item FROM job_listing_items WHERE listing_id = $1`, [id]);
    expect(JSON.parse(closed.item)).toMatchObject({ id, status: 'closed' });
    await dataSource.query(`DELETE FROM job_applications WHERE listing_id = $1`, [id]);
    await dataSource.query(`DELETE FROM job_listings WHERE id = $1`, [id]);
    const [{ items, listings }] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM job_listing_items) AS items, (SELECT count(*)::int FROM job_listings) AS listings`,
    );
    expect({ items, listings }).toEqual({ items: 19, listings: 19 });
  });
});
