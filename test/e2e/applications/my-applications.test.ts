import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { createAdminSession, createJobListing, createSession, Session, startTestEnvironment, TestEnvironment } from '@app/testing';

describe("a seeker's own applications", () => {
  let env: TestEnvironment;

  before(async () => {
    env = await startTestEnvironment();
  });
  after(() => env.close());

  async function apply(seeker: Session, overrides: Parameters<typeof createJobListing>[1] = {}) {
    const listing = await createJobListing(env.api.dataSource, overrides);
    const response = await seeker.http.post(`/v1/jobs/${listing.id}/applications`, { coverLetter: `For ${listing.title}` });
    expect(response.status).toBe(201);
    return { listing, application: response.body as { id: string } };
  }

  it('lists only their own applications, newest first, with listing title, company and status embedded', async () => {
    const seeker = await createSession(env.api);
    const other = await createSession(env.api);
    const older = await apply(seeker, { title: 'Data Engineer', companyName: 'Northwind' });
    const newer = await apply(seeker, { title: 'Site Reliability Engineer', companyName: 'Contoso' });
    await apply(other);

    const response = await seeker.http.get('/v1/me/applications');
    expect(response.status).toBe(200);
    expect(response.body.nextCursor).toBeNull();
    expect(response.body.items.map((item: { id: string }) => item.id)).toEqual([newer.application.id, older.application.id]);
    expect(response.body.items[1]).toMatchObject({
      status: 'submitted',
      coverLetter: 'For Data Engineer',
      listing: { id: older.listing.id, title: 'Data Engineer', company: { name: 'Northwind' }, status: 'published' },
    });
  });

  it('shows the listing as it is now: closed or past its expiry', async () => {
    const seeker = await createSession(env.api);
    const closing = await apply(seeker);
    const lapsing = await apply(seeker);
    await env.api.dataSource.query(`UPDATE job_listings SET status = 'closed', closed_at = now() WHERE id = $1`, [closing.listing.id]);
    await env.api.dataSource.query(`UPDATE job_listings SET expires_at = now() - interval '1 minute' WHERE id = $1`, [lapsing.listing.id]);
    const items: Array<{ listing: { id: string; status: string } }> = (await seeker.http.get('/v1/me/applications')).body.items;
    const statusOf = (id: string) => items.find((item) => item.listing.id === id)?.listing.status;
    expect(statusOf(closing.listing.id)).toBe('closed');
    expect(statusOf(lapsing.listing.id)).toBe('expired');
  });

  it('pages with a cursor, visiting every application exactly once', async () => {
    const seeker = await createSession(env.api);
    const created = [];
    for (let i = 0; i < 5; i++) created.push((await apply(seeker)).application.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2';
      const page = await seeker.http.get(`/v1/me/applications${query}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((item: { id: string }) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    const expected = await env.api.dataSource.query(
      'SELECT id FROM job_applications WHERE user_id = $1 ORDER BY created_at DESC, id DESC',
      [seeker.user.id],
    );
    expect(seen).toEqual(expected.map((row: { id: string }) => row.id));
    expect([...seen].sort()).toEqual([...created].sort());
  });

  it('answers a foreign cursor and an out-of-range limit with 400 naming the parameter', async () => {
    const seeker = await createSession(env.api);
    const badCursor = await seeker.http.get('/v1/me/applications?cursor=forged');
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
    const badLimit = await seeker.http.get('/v1/me/applications?limit=101');
    expect(badLimit.status).toBe(400);
    expect(badLimit.body.errors).toEqual([expect.objectContaining({ field: 'limit' })]);
  });

  it('withdraws their own application: 204, kept in the tracker as withdrawn, and withdrawing again is a no-op', async () => {
    const seeker = await createSession(env.api);
    const { application } = await apply(seeker);
    const withdrawn = await seeker.http.delete(`/v1/me/applications/${application.id}`);
    expect(withdrawn.status).toBe(204);
    const mine = await seeker.http.get(`/v1/me/applications/${application.id}`);
    expect(mine.status).toBe(200);
    expect(mine.body.status).toBe('withdrawn');
    expect(Date.parse(mine.body.statusChangedAt)).toBeGreaterThanOrEqual(Date.parse(mine.body.createdAt));
    expect((await seeker.http.delete(`/v1/me/applications/${application.id}`)).status).toBe(204);
    expect((await seeker.http.get('/v1/me/applications')).body.items).toEqual([expect.objectContaining({ status: 'withdrawn' })]);
  });

  it('lets a seeker apply again after withdrawing, reopening the same application', async () => {
    const seeker = await createSession(env.api);
    const { listing, application } = await apply(seeker);
    await seeker.http.delete(`/v1/me/applications/${application.id}`);
    const again = await seeker.http.post(`/v1/jobs/${listing.id}/applications`, { coverLetter: 'Second thoughts' });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ id: application.id, status: 'submitted', coverLetter: 'Second thoughts' });
    expect((await seeker.http.post(`/v1/jobs/${listing.id}/applications`)).status).toBe(409);
  });

  it("cannot see or withdraw another seeker's application (404), which stays untouched", async () => {
    const owner = await createSession(env.api);
    const intruder = await createSession(env.api);
    const { application } = await apply(owner);
    expect((await intruder.http.get(`/v1/me/applications/${application.id}`)).status).toBe(404);
    const attempt = await intruder.http.delete(`/v1/me/applications/${application.id}`);
    expect(attempt.status).toBe(404);
    expect(attempt.body).toMatchObject({ status: 404 });
    expect((await intruder.http.get('/v1/me/applications')).body.items).toEqual([]);
    expect((await owner.http.get(`/v1/me/applications/${application.id}`)).body.status).toBe('submitted');
  });

  it('answers 404 for an unknown application and 400 for a malformed id', async () => {
    const seeker = await createSession(env.api);
    expect((await seeker.http.delete('/v1/me/applications/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const malformed = await seeker.http.delete('/v1/me/applications/42');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'id' })]);
  });

  it('requires a seeker session', async () => {
    expect((await env.api.http.get('/v1/me/applications')).status).toBe(401);
    const admin = await createAdminSession(env.api);
    expect((await admin.http.get('/v1/me/applications')).status).toBe(403);
  });
});
