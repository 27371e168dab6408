import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { randomUUID } from 'node:crypto';
import { createAdminSession, createSession, HttpResponse, Session, startTestEnvironment, TestEnvironment } from '@app/testing';
import { guideBody } from './support/guide-requests';

function expectProblem(response: HttpResponse, status: number): void {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
}

/** The distinct fields named by a problem's errors (one field may fail several rules). */
const fieldsOf = (response: HttpResponse): string[] => [
  ...new Set<string>((response.body.errors ?? []).map((error: { field: string }) => error.field)),
];

describe('career guide lifecycle (admin editing, publishing, public reading)', () => {
  let env: TestEnvironment;
  let admin: Session;
  let seeker: Session;

  before(async () => {
    env = await startTestEnvironment();
    admin = await createAdminSession(env.api);
    seeker = await createSession(env.api);
  });
  after(() => env.close());

  const create = async (overrides: Record<string, unknown> = {}) => {
    const response = await admin.http.post('/v1/admin/guides', guideBody(overrides));
    expect(response.status).toBe(201);
    return response.body;
  };
  const listSlugs = async (query = ''): Promise<string[]> => {
    const response = await env.api.http.get(`/v1/guides${query}`);
    expect(response.status).toBe(200);
    return response.body.items.map((item: { slug: string }) => item.slug);
  };

  it('creates a draft (201) that is hidden from the public and visible to admins', async () => {
    const guide = await create({ title: 'Hidden Draft Engineer Guide' });
    expect(guide).toMatchObject({
      status: 'draft',
      version: 1,
      publishedAt: null,
      slug: 'hidden-draft-engineer-guide',
      jobCategory: 'devops',
    });
    expect(guide.stats).toMatchObject({ medianSalary: 140000, salaryCurrency: 'USD', growthRatePct: null, remoteFriendly: false });
    expectProblem(await env.api.http.get(`/v1/guides/${guide.slug}`), 404);
    expectProblem(await seeker.http.get(`/v1/guides/${guide.slug}`), 404);
    expectProblem(await env.api.http.get(`/v1/guides/${guide.slug}/jobs`), 404);
    const asAdmin = await admin.http.get(`/v1/guides/${guide.slug}`);
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.body).toMatchObject({ id: guide.id, status: 'draft' });
    expect(await listSlugs()).not.toContain(guide.slug);
    expect(await listSlugs('?q=hidden')).not.toContain(guide.slug);
  });

  it('publishing shows the guide in the list, in search and by slug; unpublishing hides it again', async () => {
    const guide = await create({ title: 'Quasar Reliability Engineer Guide' });
    const published = await admin.http.post(`/v1/admin/guides/${guide.id}/publish`);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', version: 2 });
    expect(Date.parse(published.body.publishedAt)).toBeGreaterThan(Date.now() - 60_000);

    expect(await listSlugs()).toContain(guide.slug);
    expect(await listSlugs('?q=quasar')).toEqual([guide.slug]);
    expect(await listSlugs('?category=devops')).toContain(guide.slug);
    expect(await listSlugs('?category=design')).not.toContain(guide.slug);
    const bySlug = await env.api.http.get(`/v1/guides/${guide.slug}`);
    expect(bySlug.status).toBe(200);
    expect(bySlug.body.jsonLd.map((item: Record<string, unknown>) => item['@type'])).toEqual(['Occupation', 'FAQPage']);

    const again = await admin.http.post(`/v1/admin/guides/${guide.id}/publish`);
    expect(again.body).toMatchObject({ version: 2, publishedAt: published.body.publishedAt });

    const unpublished = await admin.http.post(`/v1/admin/guides/${guide.id}/unpublish`);
    expect(unpublished.status).toBe(200);
    expect(unpublished.body).toMatchObject({ status: 'archived', version: 3 });
    expect(await listSlugs()).not.toContain(guide.slug);
    expect(await listSlugs('?q=quasar')).toEqual([]);
    expectProblem(await env.api.http.get(`/v1/guides/${guide.slug}`), 404);
    expect((await admin.http.get(`/v1/guides/${guide.slug}`)).status).toBe(200);
  });

  it('applies a patch made on the current version and refuses a stale one with 409', async () => {
    const guide = await create({ title: 'Patchable Engineer Guide' });
    const patched = await admin.http.patch(`/v1/admin/guides/${guide.id}`, {
      version: 1,
      summary: 'A new summary.',
      stats: { medianSalary: 150000, marketDemand: 'high' },
      skills: { soft: ['Patience'] },
      pros: ['Interesting problems'],
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      version: 2,
      summary: 'A new summary.',
      title: 'Patchable Engineer Guide',
      pros: ['Interesting problems'],
    });
    expect(patched.body.stats).toMatchObject({ medianSalary: 150000, marketDemand: 'high', salaryRange: { min: 100000, max: 190000 } });
    expect(patched.body.skills).toEqual({ technical: ['Kubernetes'], soft: ['Patience'], education: 'A computing degree helps.' });

    const stale = await admin.http.patch(`/v1/admin/guides/${guide.id}`, { version: 1, title: 'Lost Update Guide' });
    expectProblem(stale, 409);
    expect(fieldsOf(stale)).toEqual(['version']);
    expect((await admin.http.get(`/v1/admin/guides/${guide.id}`)).body).toMatchObject({ title: 'Patchable Engineer Guide', version: 2 });
  });

  it('lets only one of two concurrent patches on the same version win', async () => {
    const guide = await create({ title: 'Contested Engineer Guide' });
    const results = await Promise.all(
      ['First', 'Second', 'Third'].map((word) =>
        admin.http.patch(`/v1/admin/guides/${guide.id}`, { version: 1, summary: `${word} edit.` }),
      ),
    );
    expect(results.map((response) => response.status).sort()).toEqual([200, 409, 409]);
    expect((await admin.http.get(`/v1/admin/guides/${guide.id}`)).body.version).toBe(2);
  });

  it('names the field at fault when a write is invalid', async () => {
    const guide = await create({ title: 'Validated Engineer Guide' });
    const patch = (body: Record<string, unknown>) => admin.http.patch(`/v1/admin/guides/${guide.id}`, { version: 1, ...body });

    expect(fieldsOf(await patch({ stats: { medianSalary: 'a lot' } }))).toEqual(['stats.medianSalary']);
    expect(fieldsOf(await patch({ stats: { salaryRange: { min: 10, max: 5 } } }))).toEqual(['stats.salaryRange.max']);
    expect(fieldsOf(await patch({ stats: { marketDemand: 'huge' } }))).toEqual(['stats.marketDemand']);
    expect(fieldsOf(await patch({ faqs: [{ question: 'Why?' }] }))).toEqual(['faqs[0].answer']);
    expect(fieldsOf(await patch({ title: null }))).toEqual(['title']);
    expect(
      fieldsOf(
        await patch({
          sections: [
            { key: 'a', title: 'A', body: '' },
            { key: 'a', title: 'B', body: '' },
          ],
        }),
      ),
    ).toEqual(['sections']);
    expect(fieldsOf(await patch({ stats: { bonus: 1 } }))).toEqual(['stats.bonus']);
    expect(fieldsOf(await patch({ status: 'published' }))).toEqual(['status']);
    const noVersion = await admin.http.patch(`/v1/admin/guides/${guide.id}`, { title: 'No Version Guide' });
    expectProblem(noVersion, 400);
    expect(fieldsOf(noVersion)).toEqual(['version']);
    const badCreate = await admin.http.post('/v1/admin/guides', { summary: 'No title.', tags: ['Has Space'] });
    expectProblem(badCreate, 400);
    expect(fieldsOf(badCreate).sort()).toEqual(['tags', 'title']);
    expect((await admin.http.get(`/v1/admin/guides/${guide.id}`)).body.version).toBe(1);
  });

  it('derives a free slug from the title and refuses a slug already in use with 409', async () => {
    const first = await create({ title: 'Twin Engineer Guide' });
    const second = await create({ title: 'Twin Engineer Guide' });
    expect([first.slug, second.slug]).toEqual(['twin-engineer-guide', 'twin-engineer-guide-2']);
    const taken = await admin.http.post('/v1/admin/guides', guideBody({ slug: 'twin-engineer-guide' }));
    expectProblem(taken, 409);
    expect(fieldsOf(taken)).toEqual(['slug']);
    const renamed = await admin.http.patch(`/v1/admin/guides/${second.id}`, { version: 1, slug: 'twin-engineer-guide' });
    expectProblem(renamed, 409);
    expect(fieldsOf(renamed)).toEqual(['slug']);
  });

  it('deletes a guide (204), after which it is gone for everyone', async () => {
    const guide = await create({ title: 'Short Lived Engineer Guide' });
    await admin.http.post(`/v1/admin/guides/${guide.id}/publish`);
    const deleted = await admin.http.delete(`/v1/admin/guides/${guide.id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expectProblem(await admin.http.get(`/v1/guides/${guide.slug}`), 404);
    expectProblem(await admin.http.delete(`/v1/admin/guides/${guide.id}`), 404);
    expect(await listSlugs()).not.toContain(guide.slug);
  });

  it('answers 404 for an unknown guide and 400 for an id that is not a UUID', async () => {
    const unknown = randomUUID();
    expectProblem(await admin.http.get(`/v1/admin/guides/${unknown}`), 404);
    expectProblem(await admin.http.patch(`/v1/admin/guides/${unknown}`, { version: 1, title: 'Nobody Guide' }), 404);
    expectProblem(await admin.http.post(`/v1/admin/guides/${unknown}/publish`), 404);
    expectProblem(await admin.http.post(`/v1/admin/guides/${unknown}/unpublish`), 404);
    expectProblem(await env.api.http.get('/v1/guides/no-such-guide'), 404);
    const malformed = await admin.http.get('/v1/admin/guides/not-a-uuid');
    expectProblem(malformed, 400);
    expect(fieldsOf(malformed)).toEqual(['id']);
  });

  it('keeps every admin route to admins: 401 without a token, 403 for a seeker', async () => {
    const guide = await create({ title: 'Guarded Engineer Guide' });
    const calls: Array<[string, string, unknown?]> = [
      ['POST', '/v1/admin/guides', guideBody()],
      ['GET', `/v1/admin/guides/${guide.id}`],
      ['PATCH', `/v1/admin/guides/${guide.id}`, { version: 1, title: 'Taken Over Guide' }],
      ['DELETE', `/v1/admin/guides/${guide.id}`],
      ['POST', `/v1/admin/guides/${guide.id}/publish`],
      ['POST', `/v1/admin/guides/${guide.id}/unpublish`],
    ];
    for (const [method, path, body] of calls) {
      expectProblem(await env.api.http.request(method, path, { body }), 401);
      expectProblem(await seeker.http.request(method, path, { body }), 403);
    }
    expect((await admin.http.get(`/v1/admin/guides/${guide.id}`)).body).toMatchObject({ status: 'draft', version: 1 });
  });
});
