import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import fc from 'fast-check';
import { Client } from 'pg';
import { websearchQueryText } from '@app/database';
import { createTestDatabase, TestDatabase } from '@app/testing';

const parse = (client: Client, q: string) => client.query(`SELECT websearch_to_tsquery('english', $1)::text AS query`, [q]);

describe('search text for websearch_to_tsquery', () => {
  let db: TestDatabase;
  let client: Client;

  before(async () => {
    db = await createTestDatabase();
    client = new Client({ connectionString: db.url });
    await client.connect();
  });
  after(async () => {
    await client.end();
    await db.drop();
  });

  it('folds a long run of negations, on which Postgres itself fails with an internal error', async () => {
    const negations = '-'.repeat(40) + 'rust';
    await expect(parse(client, negations)).rejects.toThrow(/tsquery stack too small/);
    expect((await parse(client, websearchQueryText(negations))).rows[0].query).toBe("'rust'");
    expect((await parse(client, websearchQueryText('- '.repeat(100)))).rows[0].query).toBe('');
  });

  it('keeps what a query means: words, phrases, one or two negations, an odd run as one and an even run as none', () => {
    for (const q of ['rust -go', '"senior engineer" -java', 'x-ray --y', 'rust or go']) expect(websearchQueryText(q)).toBe(q);
    expect(websearchQueryText('---go')).toBe('-go');
    expect(websearchQueryText('rust - - - - go')).toBe('rust   go');
  });

  it('gives Postgres text it can always parse, whatever mix of operators and words', async () => {
    // Runs of negations with words, phrases and OR between: about one raw string in nine fails in Postgres.
    const unit = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom('-', '- ', '-!') },
      { weight: 1, arbitrary: fc.constantFrom(' ', 'a', 'rust', '"', 'or') },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ unit, minLength: 10, maxLength: 120, size: 'max' }), async (q) => {
        await parse(client, websearchQueryText(q));
      }),
      { numRuns: 400, seed: 17_002 },
    );
  });
});
