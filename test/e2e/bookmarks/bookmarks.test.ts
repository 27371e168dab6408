import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { createAdminSession, createJobListing, createSession, startTestEnvironment, TestEnvironment } from '@app/testing';

describe('bookmarks', () => {
  let env: TestEnvironment;

  before(async () => {
    env = await startTestEnvironment();
  });
  after(() => env.close());

  const bookmarkRows = (userId: string) =>
    env.api.dataSource.query('SELECT listing_id FROM job_bookmarks WHERE user_id = $1 ORDER BY created_at', [userId]);

  it('saves a listing idempotently: PUT twice → 204 twice, one bookmark', async () => {
    const seeker = await createSession(env.api);
    const listing = await createJobListing(env.api.dataSource);
    const first = await seeker.http.put(`/v1/me/bookmarks/${listing.id}`);
    expect(first.status).toBe(204);
    expect(first.text).toBe('');
    const listed = (await seeker.http.get('/v1/me/bookmarks')).body.items[0].bookmarkedAt;
    expect((await seeker.http.put(`/v1/me/bookmarks/${listing.id}`)).status).toBe(204);
    expect(await bookmarkRows(seeker.user.id)).toEqual([{ listing_id: listing.id }]);
    expect((await seeker.http.get('/v1/me/bookmarks')).body.items[0].bookmarkedAt).toBe(listed);
  });

  it('removes idempotently: DELETE → 204, again → 204, also for a listing never saved', async () => {
    const seeker = await createSession(env.api);
    const listing = await createJobListing(env.api.dataSource);
    await seeker.http.put(`/v1/me/bookmarks/${listing.id}`);
    expect((await seeker.http.delete(`/v1/me/bookmarks/${listing.id}`)).status).toBe(204);
    expect((await seeker.http.delete(`/v1/me/bookmarks/${listing.id}`)).status).toBe(204);
    expect((await seeker.http.delete('/v1/me/bookmarks/00000000-0000-4000-8000-000000000000')).status).toBe(204);
    expect(await bookmarkRows(seeker.user.id)).toEqual([]);
    expect((await seeker.http.get('/v1/me/bookmarks')).body).toEqual({ items: [], nextCursor: null });
  });

  it('lists own bookmarks newest first with the listing embedded as it is now', async () => {
    const seeker = await createSession(env.api);
    const older = await createJobListing(env.api.dataSource, { title: 'Frontend Engineer', companyName: 'Bluebird', salaryMin: 70000 });
    const newer = await createJobListing(env.api.dataSource, { title: 'Mobile Engineer', companyName: 'Kestrel' });
    await seeker.http.put(`/v1/me/bookmarks/${older.id}`);
    await seeker.http.put(`/v1/me/bookmarks/${newer.id}`);
    await env.api.dataSource.query(`UPDATE job_listings SET status = 'closed', closed_at = now() WHERE id = $1`, [older.id]);

    const response = await seeker.http.get('/v1/me/bookmarks');
    expect(response.status).toBe(200);
    expect(response.body.items.map((item: { listing: { id: string } }) => item.listing.id)).toEqual([newer.id, older.id]);
    expect(response.body.items[1]).toEqual({
      bookmarkedAt: expect.any(String),
      listing: expect.objectContaining({
        id: older.id,
        slug: older.slug,
        title: 'Frontend Engineer',
        company: { name: 'Bluebird', website: null, logoUrl: null },
        salaryMin: 70000,
        status: 'closed',
      }),
    });
  });

  it('pages with a cursor, visiting every bookmark exactly once', async () => {
    const seeker = await createSession(env.api);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const listing = await createJobListing(env.api.dataSource);
      ids.push(listing.id);
      await seeker.http.put(`/v1/me/bookmarks/${listing.id}`);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2';
      const page = await seeker.http.get(`/v1/me/bookmarks${query}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((item: { listing: { id: string } }) => item.listing.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    const expected = await env.api.dataSource.query(
      'SELECT listing_id FROM job_bookmarks WHERE user_id = $1 ORDER BY created_at DESC, listing_id DESC',
      [seeker.user.id],
    );
    expect(seen).toEqual(expected.map((row: { listing_id: string }) => row.listing_id));
    expect([...seen].sort()).toEqual([...ids].sort());
    expect((await seeker.http.get('/v1/me/bookmarks?cursor=abc')).status).toBe(400);
  });

  it("never shows another user's bookmarks, and deleting one of theirs leaves it in place", async () => {
    const owner = await createSession(env.api);
    const other = await createSession(env.api);
    const listing = await createJobListing(env.api.dataSource);
    await owner.http.put(`/v1/me/bookmarks/${listing.id}`);
    expect((await other.http.get('/v1/me/bookmarks')).body.items).toEqual([]);
    expect((await other.http.delete(`/v1/me/bookmarks/${listing.id}`)).status).toBe(204);
    expect(await bookmarkRows(owner.user.id)).toEqual([{ listing_id: listing.id }]);
  });

  it('answers 404 for a draft or unknown listing and 400 naming jobId for a malformed id', async () => {
    const seeker = await createSession(env.api);
    const draft = await createJobListing(env.api.dataSource, {
      status: 'draft',
      publishedAt: null,
      firstPublishedAt: null,
      expiresAt: null,
    });
    expect((await seeker.http.put(`/v1/me/bookmarks/${draft.id}`)).status).toBe(404);
    expect((await seeker.http.put('/v1/me/bookmarks/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const malformed = await seeker.http.put('/v1/me/bookmarks/not-a-uuid');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'jobId' })]);
    expect(await bookmarkRows(seeker.user.id)).toEqual([]);
  });

  it('drops the bookmark when the admin deletes the listing', async () => {
    const admin = await createAdminSession(env.api);
    const seeker = await createSession(env.api);
    const listing = await createJobListing(env.api.dataSource);
    await seeker.http.put(`/v1/me/bookmarks/${listing.id}`);
    expect((await admin.http.delete(`/v1/admin/jobs/${listing.id}`)).status).toBe(204);
    expect((await seeker.http.get('/v1/me/bookmarks')).body.items).toEqual([]);
  });

  it('requires a seeker session', async () => {
    const listing = await createJobListing(env.api.dataSource);
    expect((await env.api.http.put(`/v1/me/bookmarks/${listing.id}`)).status).toBe(401);
    expect((await env.api.http.get('/v1/me/bookmarks')).status).toBe(401);
    const admin = await createAdminSession(env.api);
    expect((await admin.http.put(`/v1/me/bookmarks/${listing.id}`)).status).toBe(403);
  });
});
