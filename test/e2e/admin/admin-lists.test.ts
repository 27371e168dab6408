import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { Role } from '@app/accounts';
import {
  createAdminSession,
  createJobListing,
  createSession,
  createUser,
  HttpClient,
  HttpResponse,
  makePlus,
  PLUS_TEST_ENV,
  Session,
  startTestEnvironment,
  TestEnvironment,
} from '@app/testing';
import { guideBody } from '../career-guides/support/guide-requests';

const LISTS = ['/v1/admin/jobs', '/v1/admin/guides', '/v1/admin/users', '/v1/admin/alerts/runs', '/v1/admin/audit'];

/** Every item of a list, page by page, `limit` at a time. */
async function walk(http: HttpClient, path: string, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const separator = path.includes('?') ? '&' : '?';
    const response: HttpResponse = await http.get(
      `${path}${separator}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(response.status).toBe(200);
    ids.push(...response.body.items.map((item: { id: string }) => item.id));
    cursor = response.body.nextCursor;
    if (!cursor) return ids;
  }
  throw new Error('the cursor never ended');
}

describe('admin list APIs', () => {
  let env: TestEnvironment;
  let admin: Session;
  let seeker: Session;

  before(async () => {
    env = await startTestEnvironment({ env: PLUS_TEST_ENV });
    admin = await createAdminSession(env.api);
    seeker = await createSession(env.api);
  });
  after(() => env?.close());

  it('answers every admin list for admins, 403 for seekers and 401 without a token', async () => {
    for (const path of [...LISTS, '/v1/admin/stats']) {
      const ok = await admin.http.get(path);
      expect({ path, status: ok.status }).toEqual({ path, status: 200 });
      if (path !== '/v1/admin/stats') expect(Object.keys(ok.body).sort()).toEqual(['items', 'nextCursor']);
      expect({ path, status: (await seeker.http.get(path)).status }).toEqual({ path, status: 403 });
      const anonymous = await env.api.http.get(path);
      expect({ path, status: anonymous.status }).toEqual({ path, status: 401 });
      expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('refuses unknown parameters, a limit out of range and a cursor of another list with 400 naming the field', async () => {
    for (const path of LISTS) {
      const unknown = await admin.http.get(`${path}?colour=blue`);
      expect({ path, status: unknown.status }).toEqual({ path, status: 400 });
      expect(unknown.body.errors.map((e: { field: string }) => e.field)).toContain('colour');
      expect((await admin.http.get(`${path}?limit=101`)).status).toBe(400);
    }
    await createJobListing(env.api.dataSource);
    await createJobListing(env.api.dataSource);
    const jobs = await admin.http.get('/v1/admin/jobs?limit=1');
    const foreign = await admin.http.get(`/v1/admin/guides?cursor=${encodeURIComponent(jobs.body.nextCursor)}`);
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors).toEqual([{ field: 'cursor', message: 'is not a cursor issued by this server' }]);
    const edited = await admin.http.get(`/v1/admin/jobs?cursor=${encodeURIComponent(jobs.body.nextCursor.replace(/.$/, 'x'))}`);
    expect(edited.status).toBe(400);
    expect((await admin.http.get('/v1/admin/jobs?status=deleted')).body.errors[0].field).toBe('status');
  });

  it('lists drafts under ?status=draft and every status without it, newest change first', async () => {
    const draft = await createJobListing(env.api.dataSource, { title: 'Draft Kotlin Engineer', status: 'draft', publishedAt: null });
    const closed = await createJobListing(env.api.dataSource, { title: 'Closed Kotlin Engineer', status: 'closed' });
    const drafts = await admin.http.get('/v1/admin/jobs?status=draft&limit=100');
    expect(drafts.body.items.map((item: { id: string }) => item.id)).toContain(draft.id);
    expect(drafts.body.items.every((item: { status: string }) => item.status === 'draft')).toBe(true);
    const all = (await admin.http.get('/v1/admin/jobs?limit=100')).body.items;
    expect(all.map((item: { id: string }) => item.id)).toEqual(expect.arrayContaining([draft.id, closed.id]));
    const times = all.map((item: { updatedAt: string }) => item.updatedAt);
    expect([...times].sort().reverse()).toEqual(times);
    const found = await admin.http.get('/v1/admin/jobs?q=kotlin');
    expect(found.body.items.map((item: { title: string }) => item.title).sort()).toEqual([
      'Closed Kotlin Engineer',
      'Draft Kotlin Engineer',
    ]);
    expect(found.body.items[0]).toMatchObject({ company: { name: expect.any(String) }, applications: 0 });
  });

  it('walks every row exactly once with cursors, also when rows share a millisecond', async () => {
    for (let i = 0; i < 7; i++) await createJobListing(env.api.dataSource, { title: `Walk Listing ${i}` });
    // Microseconds apart within one millisecond: a cursor rounded to milliseconds would skip some of these.
    await env.api.dataSource.query(
      `UPDATE job_listings SET updated_at = '2026-01-01T00:00:00.123Z'::timestamptz + (random() * interval '900 microseconds')
       WHERE title LIKE 'Walk Listing %'`,
    );
    for (let i = 0; i < 5; i++) await admin.http.post('/v1/admin/guides', guideBody({ title: `Walk Guide ${i} Career Path Guide` }));
    for (let i = 0; i < 5; i++) await admin.http.post('/v1/admin/alerts/runs', { frequency: 'weekly' });
    for (let i = 0; i < 5; i++) await createUser(env.api.dataSource);
    for (const path of LISTS) {
      const whole = (await admin.http.get(`${path}?limit=100`)).body.items.map((item: { id: string }) => item.id);
      expect({ path, enough: whole.length > 4 }).toEqual({ path, enough: true });
      for (const limit of [1, 2, 3]) {
        const walked = await walk(admin.http, path, limit);
        expect({ path, limit, walked }).toEqual({ path, limit, walked: whole });
      }
    }
  });

  it('finds users by a part of their email or name and by role, and never shows a hash or a token', async () => {
    const ada = await createUser(env.api.dataSource, { name: 'Ada Lovelace', email: 'countess.ada@analytical.test' });
    await createUser(env.api.dataSource, { name: 'Charles Babbage', email: 'charles@engine.test' });
    const byName = await admin.http.get('/v1/admin/users?q=LOVEL');
    expect(byName.body.items.map((user: { id: string }) => user.id)).toEqual([ada.id]);
    const byEmail = await admin.http.get('/v1/admin/users?q=analytical.t');
    expect(byEmail.body.items.map((user: { id: string }) => user.id)).toEqual([ada.id]);
    expect(Object.keys(byEmail.body.items[0]).sort()).toEqual(['createdAt', 'email', 'id', 'name', 'plan', 'role', 'timezone']);
    expect((await admin.http.get('/v1/admin/users?q=100%25')).body.items).toEqual([]);
    const admins = await admin.http.get(`/v1/admin/users?role=${Role.Admin}&limit=100`);
    expect(admins.body.items.map((user: { id: string }) => user.id)).toContain(admin.user.id);
    expect(admins.body.items.every((user: { role: string }) => user.role === Role.Admin)).toBe(true);
    expect(JSON.stringify((await admin.http.get('/v1/admin/users?limit=100')).body)).not.toMatch(/hash|token|password/i);
  });

  it('counts the dashboard figures as SQL counts them, with 30 days of activity', async () => {
    const plus = await createUser(env.api.dataSource);
    await makePlus(env.api.dataSource, plus.id, env.config);
    const listing = await createJobListing(env.api.dataSource);
    await seeker.http.post(`/v1/jobs/${listing.id}/applications`, { coverLetter: 'Hi' });
    const stats = (await admin.http.get('/v1/admin/stats')).body;
    const [sql] = await env.api.dataSource.query(`
      SELECT (SELECT count(*)::int FROM users) AS users,
             (SELECT count(*)::int FROM job_listings WHERE status = 'published' AND expires_at > now()) AS open,
             (SELECT count(*)::int FROM job_applications WHERE created_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC') AS applied_today,
             (SELECT count(*)::int FROM users WHERE created_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC') AS signups_today`);
    expect(stats).toMatchObject({
      users: sql.users,
      openListings: sql.open,
      plusSubscribers: 1,
      monthlyRecurringRevenue: 8,
      currency: 'USD',
    });
    expect(stats.days).toHaveLength(30);
    const today = stats.days[29];
    expect(today.day).toBe(new Date().toISOString().slice(0, 10));
    expect(today).toMatchObject({ signups: sql.signups_today, applications: sql.applied_today, newPlus: 1, digestsSent: 0 });
  });

  it('documents every admin list in the OpenAPI document with its answer, summary and error statuses', async () => {
    const document = (await env.api.http.get('/docs/openapi.json')).body;
    for (const path of [...LISTS, '/v1/admin/stats']) {
      const operation = document.paths[path]?.get;
      expect({ path, documented: Boolean(operation) }).toEqual({ path, documented: true });
      expect(operation.summary).toEqual(expect.any(String));
      expect(operation.operationId).toEqual(expect.any(String));
      const lists = path === '/v1/admin/stats' ? [] : ['400'];
      expect(Object.keys(operation.responses).sort()).toEqual(['200', ...lists, '401', '403', '500', '503']);
      expect(operation.responses['200'].content['application/json'].schema.$ref).toMatch(/^#\/components\/schemas\//);
    }
    const parameters = document.paths['/v1/admin/jobs'].get.parameters.map((parameter: { name: string }) => parameter.name).sort();
    expect(parameters).toEqual(['cursor', 'limit', 'q', 'status']);
    expect(Object.keys(document.components.schemas.AuditEntryDto.properties)).toContain('requestId');
  });
});
