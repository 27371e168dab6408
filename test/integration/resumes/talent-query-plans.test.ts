import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@app/database';
import { buildTalentStatement, TalentPosition } from '@app/resumes';
import { createTestDatabase, nodesOf, TestDatabase } from '@app/testing';
import { seedTalent } from '../../bench/talent/seed-talent';

const RESUMES = 20_000;

describe('the talent directory and resume lookups use their indexes', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let deep: TalentPosition;

  async function plan(text: string, values: unknown[]): Promise<{ indexes: string[]; seqScans: string[] }> {
    const [row] = await dataSource.query(`EXPLAIN (FORMAT JSON) ${text}`, values);
    const nodes = nodesOf(row['QUERY PLAN'][0].Plan);
    return {
      indexes: nodes.flatMap((node) => (node['Index Name'] ? [node['Index Name']] : [])),
      seqScans: nodes.filter((node) => node['Node Type'] === 'Seq Scan').map((node) => node['Relation Name']!),
    };
  }

  before(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource({ ...buildDataSourceOptions(db.url), logging: false });
    await dataSource.initialize();
    await seedTalent(dataSource, RESUMES, 'plans');
    const [row] = await dataSource.query(
      `SELECT id, featured, updated_at FROM resumes WHERE visibility = 'public' ORDER BY featured DESC, updated_at DESC, id DESC OFFSET 5000 LIMIT 1`,
    );
    deep = { f: row.featured, u: row.updated_at.toISOString(), i: row.id };
  });
  after(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('walks resumes_directory_idx for the unfiltered directory, first page and deep page alike', async () => {
    for (const after of [undefined, deep]) {
      const { text, values } = buildTalentStatement({}, 20, after);
      const found = await plan(text, values);
      expect(found.seqScans).toEqual([]);
      expect(found.indexes).toContain('resumes_directory_idx');
    }
  });

  it('reads searches and filters through an index of the resumes (directory walk or GIN), never a scan of the table', async () => {
    const filters = [
      { q: 'developer' },
      { q: 'quokka' },
      { skill: 'Rust' },
      { region: 'Berlin' },
      { q: 'engineer', skill: 'go', region: 'Lisbon' },
    ];
    for (const filter of filters) {
      const { text, values } = buildTalentStatement(filter, 20);
      const found = await plan(text, values);
      expect({ filter, seqScans: found.seqScans }).toEqual({ filter, seqScans: [] });
      const resumeIndexes = found.indexes.filter((name) => name.startsWith('resumes_'));
      expect({ filter, used: resumeIndexes.length > 0 }).toEqual({ filter, used: true });
    }
    const rare = await plan(...(Object.values(buildTalentStatement({ q: 'quokka' }, 20)) as [string, unknown[]]));
    expect(rare.indexes).toContain('resumes_search_idx');
  });

  it('finds a resume by handle (any case) and by owner through their unique indexes', async () => {
    await dataSource.query(`UPDATE resumes SET handle = 'Some-Handle' WHERE id = (SELECT id FROM resumes LIMIT 1)`);
    await dataSource.query('ANALYZE resumes');
    expect((await plan(`SELECT id FROM resumes WHERE lower(handle) = lower($1)`, ['some-handle'])).indexes).toEqual(['resumes_handle_key']);
    const [{ user_id }] = await dataSource.query('SELECT user_id FROM resumes LIMIT 1');
    expect((await plan(`SELECT id FROM resumes WHERE user_id = $1`, [user_id])).indexes).toEqual(['resumes_user_id_key']);
  });
});
