import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { seedCareerGuides } from '@app/career-guides';
import { createAdminSession, HttpResponse, Session, startTestEnvironment, TestEnvironment } from '@app/testing';
import { guideBody } from './support/guide-requests';

const DEMO_SLUGS = ['backend-developer', 'frontend-developer', 'devops-engineer'];

describe('GET /v1/guides: published guides, newest first or searched', () => {
  let env: TestEnvironment;
  let admin: Session;

  before(async () => {
    env = await startTestEnvironment();
    admin = await createAdminSession(env.api);
  });
  after(() => env.close());

  const get = (query: string): Promise<HttpResponse> => env.api.http.get(`/v1/guides${query}`);
  const slugs = (response: HttpResponse): string[] => response.body.items.map((item: { slug: string }) => item.slug);

  /** Every page of a list, following nextCursor. */
  async function allPages(query: string, limit: number): Promise<string[][]> {
    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const separator = query ? '&' : '?';
      const response: HttpResponse = await get(
        `${query}${separator}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(response.status).toBe(200);
      pages.push(slugs(response));
      cursor = response.body.nextCursor;
    } while (cursor && pages.length < 20);
    return pages;
  }

  async function publish(overrides: Record<string, unknown>): Promise<string> {
    const created = await admin.http.post('/v1/admin/guides', guideBody(overrides));
    expect(created.status).toBe(201);
    expect((await admin.http.post(`/v1/admin/guides/${created.body.id}/publish`)).status).toBe(200);
    return created.body.slug;
  }

  it('seeds the three demo guides once, published (a second run adds nothing)', async () => {
    expect(await seedCareerGuides(env.api.dataSource)).toBe(3);
    expect(await seedCareerGuides(env.api.dataSource)).toBe(0);
    const response = await get('');
    expect(response.status).toBe(200);
    expect(slugs(response)).toEqual(DEMO_SLUGS);
    expect(response.body.nextCursor).toBeNull();
    expect(response.body.items[0]).toMatchObject({ title: 'Backend Developer Career Path Guide', jobCategory: 'engineering' });
    expect(response.body.items[0].stats.medianSalary).toBeGreaterThan(0);
    expect(response.body.items[0].sections).toBeUndefined();
    const guide = await get('/devops-engineer');
    expect(guide.body.jsonLd[0]).toMatchObject({ '@type': 'Occupation', name: 'DevOps Engineer', occupationalCategory: 'devops' });
  });

  it('pages through the newest-first list with cursors, without gaps or repeats', async () => {
    const pages = await allPages('', 1);
    expect(pages).toEqual([['backend-developer'], ['frontend-developer'], ['devops-engineer']]);
    expect(await allPages('', 2)).toEqual([['backend-developer', 'frontend-developer'], ['devops-engineer']]);
  });

  it('filters by category', async () => {
    expect(slugs(await get('?category=devops'))).toEqual(['devops-engineer']);
    expect(slugs(await get('?category=engineering'))).toEqual(['backend-developer', 'frontend-developer']);
    expect(slugs(await get('?category=marketing'))).toEqual([]);
  });

  it('ranks a match in the title above the summary, above skills and tech, above the body', async () => {
    const inBody = await publish({
      title: 'Gamma Role Guide',
      summary: 'Plain words here.',
      sections: [{ key: 'notes', title: 'Notes', body: 'Uses zyxwork daily.' }],
      skills: {},
      tags: [],
    });
    const inSkills = await publish({
      title: 'Beta Role Guide',
      summary: 'Plain words here.',
      skills: { technical: ['Zyxwork'] },
      tags: [],
    });
    const inTitle = await publish({ title: 'Zyxwork Specialist Guide', summary: 'Plain words here.', skills: {}, tags: [] });
    const inSummary = await publish({ title: 'Alpha Role Guide', summary: 'Works with zyxwork tools.', skills: {}, tags: [] });
    expect(slugs(await get('?q=zyxwork'))).toEqual([inTitle, inSummary, inSkills, inBody]);
    expect((await allPages('?q=zyxwork', 1)).flat()).toEqual([inTitle, inSummary, inSkills, inBody]);
    expect(slugs(await get('?q=zyxwork&category=engineering'))).toEqual([]);
  });

  it('understands web search syntax: phrases and exclusions', async () => {
    expect(slugs(await get(`?q=${encodeURIComponent('"infrastructure as code"')}`))).toEqual(['devops-engineer']);
    const developers = slugs(await get('?q=developer'));
    expect(developers.slice(0, 2).sort()).toEqual(['backend-developer', 'frontend-developer']);
    expect(slugs(await get(`?q=${encodeURIComponent('developer -frontend -front-end')}`))).not.toContain('frontend-developer');
  });

  it('finds a demo guide by its tech stack and answers odd queries without errors', async () => {
    expect(slugs(await get('?q=terraform'))).toContain('devops-engineer');
    for (const q of ['-', '""', '!!! & | :*', 'or', 'a'.repeat(200), "'; DROP TABLE career_guides; --"]) {
      const response = await get(`?q=${encodeURIComponent(q)}`);
      expect(response.status).toBe(200);
    }
    expect(slugs(await get(''))).toContain('backend-developer');
  });

  it('does not list or find drafts', async () => {
    const draft = await admin.http.post('/v1/admin/guides', guideBody({ title: 'Unreleased Zyxwork Guide' }));
    expect(slugs(await get('?q=unreleased'))).toEqual([]);
    expect((await allPages('', 100)).flat()).not.toContain(draft.body.slug);
  });

  it('refuses a cursor it did not issue, one from another kind of list, and limits outside 1-100 with 400', async () => {
    const newestCursor = (await get('?limit=1')).body.nextCursor;
    const searchCursor = (await get('?q=developer&limit=1')).body.nextCursor;
    expect(newestCursor).toEqual(expect.any(String));
    expect(searchCursor).toEqual(expect.any(String));
    for (const query of [
      '?cursor=forged',
      `?q=developer&cursor=${newestCursor}`,
      `?cursor=${searchCursor}`,
      '?limit=0',
      '?limit=101',
      '?category=Not%20A%20Category',
    ]) {
      const response = await get(query);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.body.errors.length).toBeGreaterThan(0);
    }
    expect((await get('?cursor=forged')).body.errors[0].field).toBe('cursor');
  });
});
