import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { createAdminSession, createJobListing, createSession, Session, startTestEnvironment, TestEnvironment } from '@app/testing';

describe('privacy: applications and bookmarks in export and erase', () => {
  let env: TestEnvironment;

  before(async () => {
    env = await startTestEnvironment();
  });
  after(() => env.close());

  async function applyAndBookmark(seeker: Session, title: string) {
    const listing = await createJobListing(env.api.dataSource, { title, companyName: 'Privacy Corp' });
    const applied = await seeker.http.post(`/v1/jobs/${listing.id}/applications`, {
      coverLetter: `Cover letter of ${seeker.user.email}`,
      resumeUrl: 'https://cv.example.com/me.pdf',
    });
    expect(applied.status).toBe(201);
    expect((await seeker.http.put(`/v1/me/bookmarks/${listing.id}`)).status).toBe(204);
    return { listing, applicationId: applied.body.id as string };
  }

  async function rowsOf(userId: string) {
    const [row] = await env.api.dataSource.query(
      `SELECT (SELECT count(*)::int FROM job_applications WHERE user_id = $1) AS applications,
              (SELECT count(*)::int FROM job_bookmarks WHERE user_id = $1) AS bookmarks`,
      [userId],
    );
    return row;
  }

  it('exports the applications (with cover letter, resume URL and status) and the bookmarks of the user only', async () => {
    const seeker = await createSession(env.api);
    const other = await createSession(env.api);
    const { listing, applicationId } = await applyAndBookmark(seeker, 'Exported Role');
    await applyAndBookmark(other, 'Someone Else Role');
    const admin = await createAdminSession(env.api);
    expect((await admin.http.patch(`/v1/admin/applications/${applicationId}`, { status: 'reviewing' })).status).toBe(200);

    const response = await seeker.http.get('/v1/me/export');
    expect(response.status).toBe(200);
    expect(response.body.sections.applications).toEqual([
      {
        id: applicationId,
        listing: { id: listing.id, slug: listing.slug, title: 'Exported Role', company: 'Privacy Corp' },
        status: 'reviewing',
        coverLetter: `Cover letter of ${seeker.user.email}`,
        resumeUrl: 'https://cv.example.com/me.pdf',
        statusChangedAt: expect.any(String),
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
    ]);
    expect(response.body.sections.bookmarks).toEqual([
      {
        listing: { id: listing.id, slug: listing.slug, title: 'Exported Role', company: 'Privacy Corp' },
        bookmarkedAt: expect.any(String),
      },
    ]);
    expect(response.text).not.toContain(other.user.email);
  });

  it("DELETE /v1/me erases the user's applications and bookmarks and leaves other users' rows", async () => {
    const leaving = await createSession(env.api);
    const staying = await createSession(env.api);
    const shared = await applyAndBookmark(leaving, 'Shared Role');
    expect((await staying.http.post(`/v1/jobs/${shared.listing.id}/applications`)).status).toBe(201);
    expect((await staying.http.put(`/v1/me/bookmarks/${shared.listing.id}`)).status).toBe(204);
    await applyAndBookmark(leaving, 'Another Role');
    expect(await rowsOf(leaving.user.id)).toEqual({ applications: 2, bookmarks: 2 });

    expect((await leaving.http.delete('/v1/me')).status).toBe(204);

    expect(await rowsOf(leaving.user.id)).toEqual({ applications: 0, bookmarks: 0 });
    expect(await rowsOf(staying.user.id)).toEqual({ applications: 1, bookmarks: 1 });
    const admin = await createAdminSession(env.api);
    const remaining = await admin.http.get(`/v1/admin/jobs/${shared.listing.id}/applications`);
    expect(remaining.body.items.map((item: { applicant: { id: string } }) => item.applicant.id)).toEqual([staying.user.id]);
  });
});
