import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { setTimeout as sleep } from 'node:timers/promises';
import { JobListingsService, ListingInput } from '@app/jobs';
import {
  createAdminSession,
  createSession,
  HttpResponse,
  makePlus,
  PLUS_TEST_ENV,
  Session,
  startTestEnvironment,
  TestEnvironment,
} from '@app/testing';
import { guideBody } from './support/guide-requests';

describe('GET /v1/guides/:slug/jobs: open listings for a guide', () => {
  let env: TestEnvironment;
  let admin: Session;
  let listings: JobListingsService;

  before(async () => {
    env = await startTestEnvironment({ env: PLUS_TEST_ENV });
    admin = await createAdminSession(env.api);
    listings = env.api.app.get(JobListingsService, { strict: false });
  });
  after(() => env.close());

  const listing = (title: string, overrides: Partial<ListingInput> = {}): Promise<{ id: string; slug: string }> =>
    listings.create(admin.user, {
      title,
      company: { name: 'Acme Test Corp' },
      description: 'A role for the guide tests.',
      employmentType: 'full_time',
      seniority: 'mid',
      category: 'devops',
      remote: true,
      publish: true,
      ...overrides,
    });

  async function publishedGuide(overrides: Record<string, unknown>): Promise<string> {
    const created = await admin.http.post('/v1/admin/guides', guideBody(overrides));
    expect(created.status).toBe(201);
    await admin.http.post(`/v1/admin/guides/${created.body.id}/publish`);
    return created.body.slug;
  }

  const jobSlugs = (response: HttpResponse): string[] => response.body.items.map((item: { slug: string }) => item.slug);

  it("lists the open listings of the guide's category, newest first and paged, and nothing else", async () => {
    const older = await listing('Platform Engineer', { tags: ['kubernetes'] });
    await sleep(5); // distinct publish instants, so newest-first is well defined
    const newer = await listing('Site Reliability Engineer', { tags: ['terraform'] });
    const closed = await listing('Closed SRE Role');
    await listings.close(admin.user, closed.id);
    await listing('Draft SRE Role', { publish: false });
    await listing('Backend Engineer', { category: 'engineering' });

    const slug = await publishedGuide({ title: 'Jobs Page Guide', jobCategory: 'devops', tags: ['kubernetes', 'aws'] });
    const response = await env.api.http.get(`/v1/guides/${slug}/jobs`);
    expect(response.status).toBe(200);
    expect(jobSlugs(response)).toEqual([newer.slug, older.slug]);
    expect(response.body.items[0]).toMatchObject({ title: 'Site Reliability Engineer', category: 'devops', status: 'published' });

    const first = await env.api.http.get(`/v1/guides/${slug}/jobs?limit=1`);
    expect(jobSlugs(first)).toEqual([newer.slug]);
    const second = await env.api.http.get(`/v1/guides/${slug}/jobs?limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(jobSlugs(second)).toEqual([older.slug]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('matches by tags when the guide has no category, and lists nothing when it has neither', async () => {
    const tagged = await listing('Terraform Specialist', { category: 'operations', tags: ['terraform', 'aws'] });
    const byTag = await publishedGuide({ title: 'Tag Only Guide', jobCategory: null, tags: ['terraform', 'aws'] });
    expect(jobSlugs(await env.api.http.get(`/v1/guides/${byTag}/jobs`))).toEqual([tagged.slug]);
    const bare = await publishedGuide({ title: 'Bare Guide', jobCategory: null, tags: [] });
    expect((await env.api.http.get(`/v1/guides/${bare}/jobs`)).body).toEqual({ items: [], nextCursor: null, ads: true });
  });

  it("carries the viewer's ads flag, as the search does: shown to visitors and Free users, not to Plus", async () => {
    const withJobs = await publishedGuide({ title: 'Ads Guide', jobCategory: 'devops' });
    const bare = await publishedGuide({ title: 'Bare Ads Guide', jobCategory: null, tags: [] });
    const free = await createSession(env.api);
    const plus = await createSession(env.api);
    await makePlus(env.api.dataSource, plus.user.id, env.api.config);
    for (const slug of [withJobs, bare]) {
      const ads = async (http: Session['http']) => (await http.get(`/v1/guides/${slug}/jobs`)).body.ads;
      expect({ slug, visitor: await ads(env.api.http), free: await ads(free.http), plus: await ads(plus.http) }).toEqual({
        slug,
        visitor: true,
        free: true,
        plus: false,
      });
    }
  });

  it('answers 404 for a draft guide (admins see its jobs) and 400 for a bad limit or cursor', async () => {
    const draft = await admin.http.post('/v1/admin/guides', guideBody({ title: 'Draft Jobs Guide' }));
    expect((await env.api.http.get(`/v1/guides/${draft.body.slug}/jobs`)).status).toBe(404);
    expect((await admin.http.get(`/v1/guides/${draft.body.slug}/jobs`)).status).toBe(200);
    const slug = await publishedGuide({ title: 'Paged Jobs Guide' });
    expect((await env.api.http.get(`/v1/guides/${slug}/jobs?limit=500`)).status).toBe(400);
    const forged = await env.api.http.get(`/v1/guides/${slug}/jobs?cursor=forged`);
    expect(forged.status).toBe(400);
    expect(forged.body.errors[0].field).toBe('cursor');
  });
});
