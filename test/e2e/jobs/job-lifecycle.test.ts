import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { createAdminSession, createSession, HttpClient, startTestEnvironment, TestEnvironment } from '@app/testing';
import { createListing, listingBody, searchIds } from './listing-fixtures';

describe('job listings: admin lifecycle, detail, feed', () => {
  let env: TestEnvironment;
  let admin: HttpClient;
  let anon: HttpClient;

  before(async () => {
    env = await startTestEnvironment();
    admin = (await createAdminSession(env.api)).http;
    anon = env.api.http;
  });
  after(() => env.close());

  it('refuses admin routes to anonymous callers and seekers', async () => {
    expect((await anon.post('/v1/admin/jobs', listingBody())).status).toBe(401);
    const seeker = await createSession(env.api);
    expect((await seeker.http.post('/v1/admin/jobs', listingBody())).status).toBe(403);
  });

  it('creates a draft with a stable slug, a deduplicated company and sanitized HTML', async () => {
    expect((await admin.post('/v1/admin/jobs', listingBody())).status).toBe(201);
    const created = await admin.post(
      '/v1/admin/jobs',
      listingBody({
        company: { name: 'Harbor Labs' },
        description:
          '# Hi\n\n<script>alert(1)</script> <img src=x onerror="alert(2)">\n\n[click](javascript:alert(3)) [site](https://harbor.example.com)',
      }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      firstPublishedAt: null,
      jsonLd: null,
      company: { name: 'Harbor Labs', website: 'https://harbor.example.com' },
    });
    expect(created.body.slug).toMatch(/^backend-engineer-\d+-harbor-labs-[0-9a-f]{6}$/);
    const html: string = created.body.descriptionHtml;
    expect(html).toContain('<h1>Hi</h1>');
    expect(html).not.toMatch(/<script|<img|onerror="|href="javascript/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<a href="https://harbor.example.com/" rel="nofollow noopener">site</a>');

    const renamed = await admin.patch(`/v1/admin/jobs/${created.body.id}`, { title: 'Renamed Role', salaryMax: 90000 });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ title: 'Renamed Role', slug: created.body.slug, salaryMax: 90000 });
    const [count] = await env.api.dataSource.query(`SELECT count(*)::int AS n FROM companies WHERE slug = 'harbor-labs'`);
    expect(count.n).toBe(1);
  });

  it('rejects invalid bodies naming the field, including cross-field salary rules', async () => {
    const unknown = await admin.post('/v1/admin/jobs', listingBody({ colour: 'red' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toContain('colour');
    const inverted = await admin.post('/v1/admin/jobs', listingBody({ salaryMin: 90000, salaryMax: 10000 }));
    expect(inverted.status).toBe(400);
    expect(inverted.body.errors).toEqual([{ field: 'salaryMax', message: expect.any(String) }]);
    const badUrl = await admin.post('/v1/admin/jobs', listingBody({ applyUrl: 'javascript:alert(1)' }));
    expect(badUrl.status).toBe(400);
    expect(badUrl.body.errors[0].field).toBe('applyUrl');
  });

  it('publishes with JSON-LD, keeps firstPublishedAt on republish and renews the expiry', async () => {
    const draft = (await admin.post('/v1/admin/jobs', listingBody({ regions: ['Europe', 'UK'] }))).body;
    const published = await admin.post(`/v1/admin/jobs/${draft.id}/publish`);
    expect(published.status).toBe(200);
    const first = published.body;
    expect(first.status).toBe('published');
    expect(new Date(first.expiresAt).getTime() - new Date(first.publishedAt).getTime()).toBe(30 * 24 * 3600 * 1000);

    const detail = await anon.get(`/v1/jobs/${draft.slug}`);
    expect(detail.status).toBe(200);
    expect(detail.body.jsonLd).toMatchObject({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: draft.title,
      datePosted: first.publishedAt,
      validThrough: first.expiresAt,
      employmentType: 'FULL_TIME',
      hiringOrganization: { '@type': 'Organization', name: 'Harbor Labs' },
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: [
        { '@type': 'AdministrativeArea', name: 'Europe' },
        { '@type': 'AdministrativeArea', name: 'UK' },
      ],
      baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: { minValue: 60000, maxValue: 80000, unitText: 'YEAR' } },
    });

    await new Promise((resolve) => setTimeout(resolve, 20));
    const again = (await admin.post(`/v1/admin/jobs/${draft.id}/publish`)).body;
    expect(again.firstPublishedAt).toBe(first.firstPublishedAt);
    expect(new Date(again.publishedAt).getTime()).toBeGreaterThan(new Date(first.publishedAt).getTime());
    expect(new Date(again.expiresAt).getTime()).toBeGreaterThan(new Date(first.expiresAt).getTime());
  });

  it('takes closed listings out of search but still answers them by id, without JSON-LD', async () => {
    const listing = await createListing(admin, { title: 'Closing Soon Cartographer' });
    expect(await searchIds(anon, 'q=cartographer')).toEqual([listing.id]);
    const closed = await admin.post(`/v1/admin/jobs/${listing.id}/close`);
    expect(closed.status).toBe(200);
    expect(await searchIds(anon, 'q=cartographer')).toEqual([]);
    const detail = await anon.get(`/v1/jobs/${listing.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ status: 'closed', jsonLd: null });
  });

  it('shows drafts to admins only and deletes listings', async () => {
    const draft = (await admin.post('/v1/admin/jobs', listingBody())).body;
    expect((await anon.get(`/v1/jobs/${draft.id}`)).status).toBe(404);
    expect((await admin.get(`/v1/jobs/${draft.id}`)).body.status).toBe('draft');
    expect((await admin.delete(`/v1/admin/jobs/${draft.id}`)).status).toBe(204);
    expect((await admin.get(`/v1/jobs/${draft.id}`)).status).toBe(404);
    expect((await admin.delete(`/v1/admin/jobs/${draft.id}`)).status).toBe(404);
    expect((await admin.patch('/v1/admin/jobs/not-a-uuid', { title: 'x y z' })).status).toBe(404);
  });

  it('imports all rows or none, naming the row and field of each error', async () => {
    const before = await env.api.dataSource.query('SELECT count(*)::int AS n FROM job_listings');
    const bad = await admin.post('/v1/admin/jobs/import', [
      listingBody({ title: 'Import One' }),
      listingBody({ title: 'Import Two' }),
      listingBody({ title: 'Import Three' }),
      listingBody({ salaryMin: 'lots' }),
      listingBody({ salaryMin: 5, salaryMax: 1 }),
    ]);
    expect(bad.status).toBe(400);
    const fields = bad.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toContain('[3].salaryMin');
    expect(fields).not.toContain('[4].salaryMax'); // cross-field rules run once the shapes are valid
    const crossField = await admin.post('/v1/admin/jobs/import', [listingBody(), listingBody({ salaryMin: 5, salaryMax: 1 })]);
    expect(crossField.body.errors).toEqual([{ field: '[1].salaryMax', message: expect.any(String) }]);
    const after = await env.api.dataSource.query('SELECT count(*)::int AS n FROM job_listings');
    expect(after[0].n).toBe(before[0].n);

    const good = await admin.post('/v1/admin/jobs/import', [
      listingBody({ title: 'Imported Astronomer', publish: true, company: { name: 'Orbit Works' } }),
      listingBody({ title: 'Imported Botanist', company: { name: 'orbit works' } }),
    ]);
    expect(good.status).toBe(201);
    expect(good.body.count).toBe(2);
    expect(good.body.items.map((i: { status: string }) => i.status)).toEqual(['published', 'draft']);
    expect(await searchIds(anon, 'q=astronomer')).toEqual([good.body.items[0].id]);
    expect((await admin.post('/v1/admin/jobs/import', { not: 'an array' })).status).toBe(400);
  });

  it('serves an RSS 2.0 feed of the filtered listings with escaped XML', async () => {
    const tricky = await createListing(admin, { title: 'R&D <Lead> "Quoted"', company: { name: 'Ampersand & Co' }, category: 'product' });
    await createListing(admin, { title: 'Unrelated Florist', category: 'operations' });
    const response = await anon.get('/v1/jobs/feed.rss?category=product');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/rss\+xml/);
    const xml = response.text;
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    expect(xml.match(/<item>/g)).toHaveLength(1);
    expect(xml).toContain('<title>R&amp;D &lt;Lead&gt; &quot;Quoted&quot; at Ampersand &amp; Co</title>');
    expect(xml).toContain(`<guid isPermaLink="false">${tricky.id}</guid>`);
    expect(xml).not.toContain('Florist');
    expect(xml).toMatch(/<\/channel>\n<\/rss>\n$/);
    // Well-formed: every element that opens closes, and no raw ampersand survives.
    expect(xml.replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toMatch(/&/);
    expect((await anon.get('/v1/jobs/feed.rss?limit=5')).status).toBe(400);
  });
});
