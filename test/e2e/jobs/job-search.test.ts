import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { createAdminSession, HttpClient, startTestEnvironment, TestEnvironment } from '@app/testing';
import { createListing, searchIds } from './listing-fixtures';

describe('job search (GET /v1/jobs)', () => {
  let env: TestEnvironment;
  let admin: HttpClient;
  let anon: HttpClient;
  const ids: Record<string, string> = {};

  before(async () => {
    env = await startTestEnvironment();
    admin = (await createAdminSession(env.api)).http;
    anon = env.api.http;
    ids.rust = (
      await createListing(admin, { title: 'Rust Systems Engineer', tags: ['rust'], description: 'Low latency trading engine.' })
    ).id;
    ids.payments = (
      await createListing(admin, {
        title: 'Payments Platform Developer',
        description: 'Join the payment platform team. Kubernetes experience helps.',
        tags: ['go', 'kubernetes'],
        regions: ['USA'],
        remote: false,
        location: 'Austin, TX',
        salaryMin: 150000,
        salaryMax: 180000,
        salaryCurrency: 'USD',
        category: 'devops',
        seniority: 'senior',
        employmentType: 'contract',
      })
    ).id;
    ids.anywhere = (
      await createListing(admin, {
        title: 'Product Designer',
        company: { name: 'Quiet Studio' },
        description: 'Design calm interfaces. Platform thinking welcome.',
        regions: ['Anywhere'],
        category: 'design',
        tags: ['figma'],
        seniority: 'any',
        salaryMin: 60,
        salaryMax: 70,
        salaryCurrency: 'USD',
        salaryPeriod: 'hour',
      })
    ).id;
    ids.noRegion = (
      await createListing(admin, {
        title: 'Support Specialist',
        regions: [],
        category: 'customer-support',
        tags: [],
        salaryMin: null,
        salaryMax: null,
        salaryCurrency: null,
        salaryPeriod: null,
      })
    ).id;
    ids.draft = (await createListing(admin, { title: 'Secret Rust Draft', tags: ['rust'], publish: false })).id;
  });
  after(() => env.close());

  it('lists published listings newest first and hides drafts from the public', async () => {
    const response = await anon.get('/v1/jobs');
    expect(response.status).toBe(200);
    expect(response.body.ads).toBe(true);
    const listed = response.body.items.map((item: { id: string }) => item.id);
    expect(listed).toEqual([ids.noRegion, ids.anywhere, ids.payments, ids.rust]);
    expect(listed).not.toContain(ids.draft);
    expect((await anon.get(`/v1/jobs/${ids.draft}`)).status).toBe(404);
    expect(response.body.items[0]).not.toHaveProperty('description');
    expect(response.body.items[3]).toMatchObject({ title: 'Rust Systems Engineer', company: { name: 'Harbor Labs' }, status: 'published' });
  });

  it('matches words, "phrases" and -exclusions', async () => {
    expect(await searchIds(anon, 'q=rust')).toEqual([ids.rust]);
    expect(await searchIds(anon, 'q=platform')).toEqual([ids.anywhere, ids.payments]);
    expect(await searchIds(anon, `q=${encodeURIComponent('"payment platform"')}`)).toEqual([ids.payments]);
    expect(await searchIds(anon, `q=${encodeURIComponent('"platform payment"')}`)).toEqual([]);
    expect(await searchIds(anon, `q=${encodeURIComponent('platform -kubernetes')}`)).toEqual([ids.anywhere]);
    expect(await searchIds(anon, 'q=quiet')).toEqual([ids.anywhere]);
    expect(await searchIds(anon, 'q=zyxwvut')).toEqual([]);
  });

  it('filters by category, type, seniority, remote, tag and postedSince', async () => {
    expect(await searchIds(anon, 'category=devops')).toEqual([ids.payments]);
    expect(await searchIds(anon, 'type=contract')).toEqual([ids.payments]);
    expect(await searchIds(anon, 'seniority=senior')).toEqual([ids.anywhere, ids.payments]);
    expect(await searchIds(anon, 'remote=false')).toEqual([ids.payments]);
    expect(await searchIds(anon, 'tag=kubernetes&tag=go')).toEqual([ids.payments]);
    expect(await searchIds(anon, 'tag=kubernetes,rust')).toEqual([]);
    expect(await searchIds(anon, `postedSince=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).toEqual([]);
    expect((await searchIds(anon, 'postedSince=2020-01-01')).length).toBe(4);
  });

  it('matches a region filter with that region plus Anywhere and region-less listings', async () => {
    expect(await searchIds(anon, 'region=USA')).toEqual([ids.noRegion, ids.anywhere, ids.payments]);
    expect(await searchIds(anon, 'region=Europe')).toEqual([ids.noRegion, ids.anywhere, ids.rust]);
    expect(await searchIds(anon, 'region=Europe&q=rust&remote=true')).toEqual([ids.rust]);
  });

  it('compares salaryMin with the annualised amount across periods and currencies', async () => {
    // 70 USD/hour × 2080 = 145 600 a year; 80 000 EUR ≈ 86 400 USD.
    expect(await searchIds(anon, 'salaryMin=140000')).toEqual([ids.anywhere, ids.payments]);
    expect(await searchIds(anon, 'salaryMin=150000')).toEqual([ids.payments]);
    expect(await searchIds(anon, 'salaryMin=85000')).toEqual([ids.anywhere, ids.payments, ids.rust]);
    expect(await searchIds(anon, 'salaryMin=80000&currency=EUR')).toEqual([ids.anywhere, ids.payments, ids.rust]);
    expect(await searchIds(anon, 'salaryMin=80001&currency=EUR')).toEqual([ids.anywhere, ids.payments]);
    expect(await searchIds(anon, 'salaryMin=1&currency=XYZ')).toEqual([]);
  });

  it('answers unknown or malformed parameters with 400 naming them', async () => {
    const cases: Array<[string, string]> = [
      ['colour=red', 'colour'],
      ['remote=maybe', 'remote'],
      ['salaryMin=lots', 'salaryMin'],
      ['type=forever', 'type'],
      ['seniority=wizard', 'seniority'],
      ['postedSince=yesterday', 'postedSince'],
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['cursor=not-a-cursor', 'cursor'],
      ['currency=usd', 'currency'],
      ['category=Not%20A%20Slug', 'category'],
    ];
    for (const [query, field] of cases) {
      const response = await anon.get(`/v1/jobs?${query}`);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      expect(response.headers.get('content-type')).toMatch(/problem\+json/);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it('tells a Free user that ads are shown', async () => {
    const response = await admin.get('/v1/jobs?limit=1');
    expect(response.status).toBe(200);
    expect(typeof response.body.ads).toBe('boolean');
  });
});
