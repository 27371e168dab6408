import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { createJobListing, createSession, makePlus, Session } from '@app/testing';
import { BillingWorld, startBillingWorld } from '../billing/billing-test-kit';
import { AdviceItemBody, createResume } from './advice-test-kit';

const DAY_MS = 24 * 3600 * 1000;

describe('GET /v1/me/advice: ranked listings with reasons', () => {
  let world: BillingWorld;
  let ada: Session;
  const ids: Record<string, string> = {};

  before(async () => {
    world = await startBillingWorld();
    const db = world.env.api.dataSource;
    ada = await createSession(world.env.api, { name: 'Ada Lovelace' });
    await makePlus(db, ada.user.id, world.env.config);
    await createResume(db, ada.user.id, {
      headline: 'Backend Engineer',
      skills: ['Go', 'Kubernetes', 'gRPC'],
      location: 'Berlin, Europe',
      experience: [{ title: 'Platform Engineer', company: 'Analytical Engines', start: '2021-01' }],
    });
    const listing = async (key: string, fields: Parameters<typeof createJobListing>[1]) => {
      ids[key] = (await createJobListing(db, fields)).id;
    };
    await listing('target', { title: 'Backend Engineer', tags: ['go', 'kubernetes', 'grpc'], regions: ['Europe'], remote: true });
    await listing('unrelated', { title: 'Support Engineer', category: 'customer-support', tags: ['zendesk', 'writing'], regions: ['USA'] });
    for (let i = 0; i < 6; i += 1)
      await listing(`go${i}`, { title: `Data Analyst ${i}`, tags: ['go', 'sql'], regions: ['USA'], remote: false });
    await listing('applied', { title: 'Backend Engineer (Payments)', tags: ['go', 'kubernetes', 'grpc'] });
    await listing('closed', {
      title: 'Backend Engineer (Search)',
      tags: ['go', 'kubernetes', 'grpc'],
      status: 'closed',
      closedAt: new Date(),
    });
    await listing('expired', {
      title: 'Backend Engineer (Core)',
      tags: ['go', 'kubernetes', 'grpc'],
      expiresAt: new Date(Date.now() - DAY_MS),
    });
    await listing('draft', { title: 'Backend Engineer (Growth)', tags: ['go', 'kubernetes', 'grpc'], status: 'draft' });
    const applied = await ada.http.post(`/v1/jobs/${ids.applied}/applications`, {});
    expect(applied.status).toBe(201);
  });
  after(() => world?.close());

  const itemIds = (items: AdviceItemBody[]) => items.map((item) => item.listing.id);

  it('ranks the listing tagged with the resume skills in the top 5, with those skills in its reasons, above an unrelated one', async () => {
    const response = await ada.http.get('/v1/me/advice');
    expect(response.status).toBe(200);
    expect(response.body.state).toBe('ready');
    expect(response.body.message).toBeNull();
    expect(response.body.basedOn).toMatchObject({ skills: ['go', 'kubernetes', 'grpc'], regions: ['Europe'], activeAlerts: 0 });
    const items: AdviceItemBody[] = response.body.items;
    const order = itemIds(items);
    const target = order.indexOf(ids.target!);
    expect(target).toBeGreaterThanOrEqual(0);
    expect(target).toBeLessThan(5);
    expect(items[target]!.reasons).toContain('matches 3 of your skills: go, kubernetes, grpc');
    expect(items[target]!.reasons).toContain('the title shares words with your experience: backend, engineer');
    expect(items[target]!.reasons).toContain('remote, open to Europe');
    expect(items[target]!.matchedSkills).toEqual(['go', 'kubernetes', 'grpc']);
    const unrelated = order.indexOf(ids.unrelated!);
    expect(unrelated).toBeGreaterThan(target); // it shares only the word "engineer"
    expect(items[unrelated]!.reasons).toEqual(['the title shares a word with your experience: engineer']);
    const goOnly = items.find((item) => item.listing.id === ids.go0)!;
    expect(goOnly.reasons).toEqual(['matches 1 of your skills: go']);
    expect(items[target]!.score).toBeGreaterThan(goOnly.score);
  });

  it('leaves out listings the user applied to, and closed, expired and unpublished ones', async () => {
    const order = itemIds((await ada.http.get('/v1/me/advice')).body.items);
    for (const key of ['applied', 'closed', 'expired', 'draft']) expect(order).not.toContain(ids[key]);
    expect(order).toHaveLength(8);
  });

  it('gives the same order for the same data, ties broken by listing id', async () => {
    const first = (await ada.http.get('/v1/me/advice')).body.items as AdviceItemBody[];
    const second = (await ada.http.get('/v1/me/advice')).body.items as AdviceItemBody[];
    expect(itemIds(second)).toEqual(itemIds(first));
    const tied = first.filter((item) => item.listing.title.startsWith('Data Analyst'));
    expect(tied.map((item) => item.listing.id)).toEqual(tied.map((item) => item.listing.id).sort());
  });

  it('answers at most `limit` items and refuses a limit outside 1–50', async () => {
    expect((await ada.http.get('/v1/me/advice?limit=2')).body.items).toHaveLength(2);
    expect((await ada.http.get('/v1/me/advice?limit=0')).status).toBe(400);
    expect((await ada.http.get('/v1/me/advice?limit=51')).status).toBe(400);
  });

  it('weighs an alert: salary and category reasons, alert tags as skills', async () => {
    const bob = await createSession(world.env.api, { name: 'Bob' });
    await makePlus(world.env.api.dataSource, bob.user.id, world.env.config);
    const paid = await createJobListing(world.env.api.dataSource, {
      title: 'Site Reliability Engineer',
      category: 'devops',
      tags: ['terraform'],
      salaryMin: 150000,
      salaryMax: 180000,
      salaryCurrency: 'USD',
      salaryPeriod: 'year',
      salaryAnnualMin: 150000,
      salaryAnnualMax: 180000,
      salaryUsdAnnualMin: 150000,
      salaryUsdAnnualMax: 180000,
    });
    const alert = await bob.http.post('/v1/me/alerts', {
      name: 'Infra',
      frequency: 'weekly',
      criteria: { tags: ['terraform'], category: 'devops', salaryMin: 120000 },
    });
    expect(alert.status).toBe(201);
    const response = await bob.http.get('/v1/me/advice');
    expect(response.status).toBe(200);
    expect(response.body.state).toBe('no_resume');
    const item = (response.body.items as AdviceItemBody[]).find((candidate) => candidate.listing.id === paid.id)!;
    expect(item.reasons).toEqual([
      'matches 1 of your skills: terraform',
      "pays above your alert's minimum",
      'in DevOps & infrastructure, as your alert asks',
    ]);
  });

  it('answers 200 with an "add your resume" state when there is no resume and nothing to go on', async () => {
    const carol = await createSession(world.env.api, { name: 'Carol' });
    await makePlus(world.env.api.dataSource, carol.user.id, world.env.config);
    const response = await carol.http.get('/v1/me/advice');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ state: 'no_resume', items: [], skillGap: null });
    expect(response.body.message).toMatch(/add your resume/i);
  });

  it('refuses a Free seeker with 403 naming Plus', async () => {
    const free = await createSession(world.env.api, { name: 'Dan' });
    const response = await free.http.get('/v1/me/advice');
    expect(response.status).toBe(403);
    expect(response.body.detail).toMatch(/Plus/);
  });

  it('answers 404 for a guide that is not published', async () => {
    expect((await ada.http.get('/v1/me/advice?guide=no-such-guide')).status).toBe(404);
    expect((await ada.http.get('/v1/me/advice?guide=Not_A_Slug')).status).toBe(400);
  });
});
