import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { SKILL_ALIASES, skillKey } from '@app/advice';
import { createJobListing, startTestEnvironment, TestEnvironment } from '@app/testing';

describe('skill keys: the SQL skill_key folds as skillKey does', () => {
  let env: TestEnvironment;

  before(async () => {
    env = await startTestEnvironment();
  });
  after(() => env?.close());

  const sqlKeys = async (skills: string[]): Promise<string[]> => {
    const rows: Array<{ key: string }> = await env.api.dataSource.query(
      `SELECT skill_key(s) AS key FROM unnest($1::text[]) WITH ORDINALITY AS u(s, n) ORDER BY n`,
      [skills],
    );
    return rows.map((row) => row.key);
  };

  it('has the same alias table as skillKey', async () => {
    const [{ aliases }] = await env.api.dataSource.query(`SELECT skill_aliases() AS aliases`);
    expect(aliases).toEqual(SKILL_ALIASES);
  });

  it('folds every alias, in any case and spacing, to the key skillKey gives', async () => {
    const spellings = Object.keys(SKILL_ALIASES).flatMap((alias) => [alias, alias.toUpperCase(), `  ${alias.replace(/ /g, ' \t ')}\n`]);
    expect(await sqlKeys(spellings)).toEqual(spellings.map(skillKey));
  });

  it('leaves other skills lower-cased with single spaces, as skillKey does', async () => {
    const skills = ['Go', 'Kubernetes', ' Machine   Learning ', 'C++', 'node.js', 'postgres', 'TypeScript'];
    expect(await sqlKeys(skills)).toEqual(skills.map(skillKey));
  });

  it("folds a listing's tags in the read model and keeps the tags as written", async () => {
    const listing = await createJobListing(env.api.dataSource, { tags: ['postgresql', 'postgres', 'golang', 'k8s', 'grpc'] });
    const terms: Array<{ term: string }> = await env.api.dataSource.query(
      `SELECT term FROM listing_advice_terms WHERE listing_id = $1 AND source = 'tag' ORDER BY term`,
      [listing.id],
    );
    expect(terms.map((row) => row.term)).toEqual(['go', 'grpc', 'kubernetes', 'postgres']);
    const [stored] = await env.api.dataSource.query(`SELECT tags FROM job_listings WHERE id = $1`, [listing.id]);
    expect(stored.tags).toEqual(['postgresql', 'postgres', 'golang', 'k8s', 'grpc']);
  });
});
