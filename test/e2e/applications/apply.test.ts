import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { createAdminSession, createJobListing, createSession, HttpClient, startTestEnvironment, TestEnvironment } from '@app/testing';

const DAY_MS = 24 * 3600 * 1000;

describe('applying to a job', () => {
  let env: TestEnvironment;
  let admin: HttpClient;

  before(async () => {
    env = await startTestEnvironment();
    admin = (await createAdminSession(env.api)).http;
  });
  after(() => env.close());

  const countApplications = async (listingId: string): Promise<number> => {
    const [row] = await env.api.dataSource.query('SELECT count(*)::int AS n FROM job_applications WHERE listing_id = $1', [listingId]);
    return row.n;
  };

  it('records an application to a listing published through the admin API: 201 with the listing embedded', async () => {
    const created = await admin.post('/v1/admin/jobs', {
      title: 'Platform Engineer',
      company: { name: 'Apply Labs' },
      description: 'Run the platform.',
      employmentType: 'full_time',
      seniority: 'senior',
      category: 'engineering',
      remote: true,
      publish: true,
    });
    expect(created.status).toBe(201);
    const seeker = await createSession(env.api);

    const response = await seeker.http.post(`/v1/jobs/${created.body.id}/applications`, {
      coverLetter: 'I would love to run your platform.',
      resumeUrl: 'https://cv.example.com/ada.pdf',
    });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      status: 'submitted',
      coverLetter: 'I would love to run your platform.',
      resumeUrl: 'https://cv.example.com/ada.pdf',
      statusChangedAt: expect.any(String),
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      applyUrl: null,
      listing: expect.objectContaining({
        id: created.body.id,
        title: 'Platform Engineer',
        company: { name: 'Apply Labs', website: null, logoUrl: null },
        status: 'published',
      }),
    });
    const [stored] = await env.api.dataSource.query('SELECT user_id, status FROM job_applications WHERE id = $1', [response.body.id]);
    expect(stored).toEqual({ user_id: seeker.user.id, status: 'submitted' });
  });

  it('accepts an application without a body', async () => {
    const listing = await createJobListing(env.api.dataSource);
    const seeker = await createSession(env.api);
    const response = await seeker.http.post(`/v1/jobs/${listing.id}/applications`);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ coverLetter: null, resumeUrl: null, status: 'submitted' });
  });

  it('answers a second apply to the same job with 409 and keeps the first application', async () => {
    const listing = await createJobListing(env.api.dataSource);
    const seeker = await createSession(env.api);
    const first = await seeker.http.post(`/v1/jobs/${listing.id}/applications`, { coverLetter: 'First' });
    expect(first.status).toBe(201);
    const second = await seeker.http.post(`/v1/jobs/${listing.id}/applications`, { coverLetter: 'Second' });
    expect(second.status).toBe(409);
    expect(second.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(second.body).toMatchObject({ status: 409, detail: expect.stringMatching(/already applied/) });
    const rows = await env.api.dataSource.query('SELECT cover_letter FROM job_applications WHERE listing_id = $1', [listing.id]);
    expect(rows).toEqual([{ cover_letter: 'First' }]);
  });

  it('stores exactly one application per seeker when 10 seekers each apply 5 times at once (201 or 409, never 500)', async () => {
    const listing = await createJobListing(env.api.dataSource);
    const seekers = await Promise.all(Array.from({ length: 10 }, () => createSession(env.api)));
    const attempts = seekers.flatMap((seeker) =>
      Array.from({ length: 5 }, (_, n) => seeker.http.post(`/v1/jobs/${listing.id}/applications`, { coverLetter: `try ${n}` })),
    );
    const statuses = (await Promise.all(attempts)).map((response) => response.status);

    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(statuses.filter((status) => status === 409)).toHaveLength(40);
    expect(await countApplications(listing.id)).toBe(10);
    const perUser = await env.api.dataSource.query(
      'SELECT count(DISTINCT user_id)::int AS users FROM job_applications WHERE listing_id = $1',
      [listing.id],
    );
    expect(perUser).toEqual([{ users: 10 }]);
  });

  it('refuses closed and expired listings with 409, including a published one past its expiry', async () => {
    const seeker = await createSession(env.api);
    const closed = await createJobListing(env.api.dataSource, { status: 'closed', closedAt: new Date() });
    const expired = await createJobListing(env.api.dataSource, { status: 'expired', expiresAt: new Date(Date.now() - DAY_MS) });
    const lapsed = await createJobListing(env.api.dataSource, { expiresAt: new Date(Date.now() - 1000) });
    for (const [listing, status] of [
      [closed, 'closed'],
      [expired, 'expired'],
      [lapsed, 'expired'],
    ] as const) {
      const response = await seeker.http.post(`/v1/jobs/${listing.id}/applications`, {});
      expect(response.status).toBe(409);
      expect(response.body.detail).toContain(status);
      expect(await countApplications(listing.id)).toBe(0);
    }
  });

  it('refuses a listing closed through the admin API after it took applications', async () => {
    const listing = await createJobListing(env.api.dataSource);
    const early = await createSession(env.api);
    expect((await early.http.post(`/v1/jobs/${listing.id}/applications`)).status).toBe(201);
    expect((await admin.post(`/v1/admin/jobs/${listing.id}/close`)).status).toBe(200);
    const late = await createSession(env.api);
    expect((await late.http.post(`/v1/jobs/${listing.id}/applications`)).status).toBe(409);
  });

  it('answers 404 for a draft and an unknown listing, 400 naming the id for a malformed one', async () => {
    const seeker = await createSession(env.api);
    const draft = await createJobListing(env.api.dataSource, {
      status: 'draft',
      publishedAt: null,
      firstPublishedAt: null,
      expiresAt: null,
    });
    expect((await seeker.http.post(`/v1/jobs/${draft.id}/applications`)).status).toBe(404);
    expect((await seeker.http.post('/v1/jobs/00000000-0000-4000-8000-000000000000/applications')).status).toBe(404);
    const malformed = await seeker.http.post('/v1/jobs/not-a-uuid/applications');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'id' })]);
    expect(await countApplications(draft.id)).toBe(0);
  });

  it('records the application to an external listing and answers with its applyUrl', async () => {
    const listing = await createJobListing(env.api.dataSource, { applyUrl: 'https://careers.example.com/jobs/42' });
    const seeker = await createSession(env.api);
    const response = await seeker.http.post(`/v1/jobs/${listing.id}/applications`, {});
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ applyUrl: 'https://careers.example.com/jobs/42', status: 'submitted' });
    expect(await countApplications(listing.id)).toBe(1);
    const mine = await seeker.http.get('/v1/me/applications');
    expect(mine.body.items.map((item: { id: string }) => item.id)).toEqual([response.body.id]);
  });

  it('rejects a resume URL that is not http(s), an over-long cover letter and unknown fields, naming each field', async () => {
    const listing = await createJobListing(env.api.dataSource);
    const seeker = await createSession(env.api);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ resumeUrl: 'javascript:alert(1)' }, 'resumeUrl'],
      [{ resumeUrl: 'ftp://files.example.com/cv.pdf' }, 'resumeUrl'],
      [{ resumeUrl: 'cv.pdf' }, 'resumeUrl'],
      [{ coverLetter: 'x'.repeat(10_001) }, 'coverLetter'],
      [{ coverLetter: '' }, 'coverLetter'],
      [{ coverLetter: 42 }, 'coverLetter'],
      [{ status: 'hired' }, 'status'],
    ];
    for (const [body, field] of cases) {
      const response = await seeker.http.post(`/v1/jobs/${listing.id}/applications`, body);
      expect(response.status).toBe(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    }
    expect(await countApplications(listing.id)).toBe(0);
    const ok = await seeker.http.post(`/v1/jobs/${listing.id}/applications`, {
      coverLetter: 'x'.repeat(10_000),
      resumeUrl: 'http://cv.example.com',
    });
    expect(ok.status).toBe(201);
  });

  it('lets only seekers apply: anonymous → 401, admin → 403', async () => {
    const listing = await createJobListing(env.api.dataSource);
    expect((await env.api.http.post(`/v1/jobs/${listing.id}/applications`, {})).status).toBe(401);
    expect((await admin.post(`/v1/jobs/${listing.id}/applications`, {})).status).toBe(403);
    expect(await countApplications(listing.id)).toBe(0);
  });
});
