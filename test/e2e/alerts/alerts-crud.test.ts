import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { createSession, makePlus, PLUS_TEST_ENV, Session, startTestEnvironment, TestEnvironment } from '@app/testing';
import { insertListing, NEVER_CRON } from './alerts-test-kit';

const backend = { name: 'Backend', frequency: 'weekly', criteria: { category: 'backend' } };

describe('alerts: own CRUD within the plan, preview, privacy', () => {
  let env: TestEnvironment;
  let seeker: Session;
  let other: Session;

  before(async () => {
    env = await startTestEnvironment({ env: { ...PLUS_TEST_ENV, ALERTS_TICK_CRON: NEVER_CRON } });
    seeker = await createSession(env.api);
    other = await createSession(env.api);
  });
  after(() => env?.close());

  it('creates, lists, reads, edits and deletes the own alert', async () => {
    const created = await seeker.http.post('/v1/me/alerts', {
      name: '  Go in Europe ',
      frequency: 'weekly',
      criteria: { q: 'golang', region: 'europe', tags: ['Go', 'AWS'], remote: true, salaryMin: 80000 },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: expect.any(String),
      name: 'Go in Europe',
      frequency: 'weekly',
      servedAs: 'weekly',
      paused: false,
      criteria: { q: 'golang', region: 'europe', tags: ['go', 'aws'], remote: true, salaryMin: 80000 },
    });
    const id = created.body.id;
    const list = await seeker.http.get('/v1/me/alerts');
    expect(list.status).toBe(200);
    expect(list.body).toEqual({ items: [expect.objectContaining({ id })], nextCursor: null });
    expect((await seeker.http.get(`/v1/me/alerts/${id}`)).body.id).toBe(id);
    const paused = await seeker.http.patch(`/v1/me/alerts/${id}`, { paused: true, criteria: { category: 'data' } });
    expect(paused.status).toBe(200);
    expect(paused.body).toMatchObject({ paused: true, criteria: { category: 'data' } });
    expect((await seeker.http.delete(`/v1/me/alerts/${id}`)).status).toBe(204);
    expect((await seeker.http.get(`/v1/me/alerts/${id}`)).status).toBe(404);
  });

  it("answers 404 for someone else's alert, whatever the verb", async () => {
    const theirs = await other.http.post('/v1/me/alerts', backend);
    const id = theirs.body.id;
    for (const response of [
      await seeker.http.get(`/v1/me/alerts/${id}`),
      await seeker.http.patch(`/v1/me/alerts/${id}`, { paused: true }),
      await seeker.http.get(`/v1/me/alerts/${id}/preview`),
      await seeker.http.delete(`/v1/me/alerts/${id}`),
    ]) {
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/problem\+json/);
    }
    expect((await seeker.http.get('/v1/me/alerts')).body.items.map((a: { id: string }) => a.id)).not.toContain(id);
    expect((await other.http.get(`/v1/me/alerts/${id}`)).body.paused).toBe(false);
  });

  it('refuses a daily alert without Plus with a 403 that names Plus, and accepts it with Plus', async () => {
    const refused = await seeker.http.post('/v1/me/alerts', { ...backend, frequency: 'daily' });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toMatch(/Plus/);
    const weekly = await seeker.http.post('/v1/me/alerts', backend);
    expect((await seeker.http.patch(`/v1/me/alerts/${weekly.body.id}`, { frequency: 'daily' })).status).toBe(403);
    const plus = await createSession(env.api);
    await makePlus(env.api.dataSource, plus.user.id, env.api.config);
    const daily = await plus.http.post('/v1/me/alerts', { ...backend, frequency: 'daily' });
    expect(daily.status).toBe(201);
    expect(daily.body).toMatchObject({ frequency: 'daily', servedAs: 'daily' });
    await seeker.http.delete(`/v1/me/alerts/${weekly.body.id}`);
  });

  it('refuses an alert over the plan maximum with 422', async () => {
    const user = await createSession(env.api);
    for (let i = 0; i < 3; i += 1) expect((await user.http.post('/v1/me/alerts', backend)).status).toBe(201);
    const over = await user.http.post('/v1/me/alerts', backend);
    expect(over.status).toBe(422);
    expect(over.body.detail).toMatch(/at most 3/);
  });

  it('rejects unknown fields and bad criteria naming the field', async () => {
    const cases: Array<[unknown, string]> = [
      [{ ...backend, criteria: { category: 'backend', color: 'red' } }, 'criteria.color'],
      [{ ...backend, criteria: { postedSince: '2026-01-01' } }, 'criteria.postedSince'],
      [{ ...backend, criteria: { type: 'gig' } }, 'criteria.type'],
      [{ ...backend, criteria: { salaryMin: -1 } }, 'criteria.salaryMin'],
      [{ ...backend, frequency: 'hourly' }, 'frequency'],
      [{ ...backend, owner: 'x' }, 'owner'],
    ];
    for (const [body, field] of cases) {
      const response = await seeker.http.post('/v1/me/alerts', body);
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it('previews what the next digest would hold: open, new since the cursor, matching, newest first', async () => {
    const { dataSource } = env.api;
    const newer = await insertListing(dataSource, { title: 'Preview Newer', category: 'preview-cat', publishedMinutesAgo: 5 });
    const older = await insertListing(dataSource, { title: 'Preview Older', category: 'preview-cat', publishedMinutesAgo: 60 });
    await insertListing(dataSource, { title: 'Preview Closed', category: 'preview-cat', status: 'closed' });
    await insertListing(dataSource, { title: 'Preview Too Old', category: 'preview-cat', publishedMinutesAgo: 8 * 24 * 60 });
    await insertListing(dataSource, { title: 'Preview Other', category: 'other-cat' });
    const user = await createSession(env.api);
    const alert = await user.http.post('/v1/me/alerts', { name: 'Preview', frequency: 'weekly', criteria: { category: 'preview-cat' } });
    const preview = await user.http.get(`/v1/me/alerts/${alert.body.id}/preview`);
    expect(preview.status).toBe(200);
    expect(preview.body.more).toBe(0);
    expect(preview.body.items.map((item: { id: string }) => item.id)).toEqual([newer.id, older.id]);
    expect(preview.body.items[0]).toMatchObject({
      title: 'Preview Newer',
      company: { name: 'Acme Cloud' },
      regions: ['Europe'],
      url: expect.any(String),
    });
  });

  it('exports the alerts with the account data and erases them with it', async () => {
    const user = await createSession(env.api);
    await user.http.post('/v1/me/alerts', backend);
    const exported = await user.http.get('/v1/me/export');
    expect(exported.status).toBe(200);
    expect(exported.body.sections.alerts).toMatchObject({
      alerts: [expect.objectContaining({ name: 'Backend' })],
      digests: [],
      deliveries: [],
    });
    expect((await user.http.delete('/v1/me')).status).toBe(204);
    const [{ count }] = await env.api.dataSource.query('SELECT count(*)::int AS count FROM job_alerts WHERE user_id = $1', [user.user.id]);
    expect(count).toBe(0);
  });
});
