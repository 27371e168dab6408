import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import {
  createAdminSession,
  createJobListing,
  createSession,
  decodeMailText,
  HttpClient,
  Session,
  SmtpSink,
  startTestEnvironment,
  TestEnvironment,
} from '@app/testing';

/** The Subject header, unfolded (long headers are wrapped over several lines). */
function subjectOf(raw: string): string | undefined {
  const headers = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  return /^Subject: (.*)$/m.exec(headers)?.[1];
}

describe('admin review of applications', () => {
  let env: TestEnvironment;
  let sink: SmtpSink;
  let admin: HttpClient;

  before(async () => {
    sink = await new SmtpSink().start();
    env = await startTestEnvironment({ worker: true, env: { SMTP_URL: sink.url } });
    admin = (await createAdminSession(env.api)).http;
  });
  after(async () => {
    await env.close();
    await sink.stop();
  });

  async function applied(overrides: Parameters<typeof createJobListing>[1] = {}) {
    const listing = await createJobListing(env.api.dataSource, overrides);
    const seeker = await createSession(env.api, { name: 'Grace Hopper' });
    const response = await seeker.http.post(`/v1/jobs/${listing.id}/applications`, { coverLetter: 'Hello' });
    expect(response.status).toBe(201);
    return { listing, seeker, id: response.body.id as string };
  }

  const setStatus = (id: string, status: string, client = admin) => client.patch(`/v1/admin/applications/${id}`, { status });

  async function storedMailsTo(seeker: Session): Promise<number> {
    const [row] = await env.api.dataSource.query('SELECT count(*)::int AS n FROM outbound_mail WHERE to_address = $1', [seeker.user.email]);
    return row.n;
  }

  it("lists a listing's applications with the applicant, newest first, page by page", async () => {
    const listing = await createJobListing(env.api.dataSource);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const seeker = await createSession(env.api);
      ids.push((await seeker.http.post(`/v1/jobs/${listing.id}/applications`, { resumeUrl: `https://cv.example.com/${i}` })).body.id);
    }
    await applied();

    const first = await admin.get(`/v1/admin/jobs/${listing.id}/applications?limit=2`);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items[0]).toEqual({
      id: ids[2],
      listingId: listing.id,
      status: 'submitted',
      coverLetter: null,
      resumeUrl: 'https://cv.example.com/2',
      applicant: { id: expect.any(String), name: expect.any(String), email: expect.stringContaining('@') },
      resume: null,
      statusChangedAt: expect.any(String),
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const second = await admin.get(`/v1/admin/jobs/${listing.id}/applications?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(second.status).toBe(200);
    expect(second.body.nextCursor).toBeNull();
    expect([...first.body.items, ...second.body.items].map((item: { id: string }) => item.id)).toEqual([...ids].reverse());
  });

  it('answers 404 for the applications of an unknown listing and 400 for a malformed id', async () => {
    expect((await admin.get('/v1/admin/jobs/00000000-0000-4000-8000-000000000000/applications')).status).toBe(404);
    const malformed = await admin.get('/v1/admin/jobs/nope/applications');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'id' })]);
  });

  it('walks an application to hired, closes the listing in the same change and mails the seeker on every step', async () => {
    const { listing, seeker, id } = await applied({ title: 'Compiler Engineer', companyName: 'Harbor Labs' });
    const bystander = await createSession(env.api);
    expect((await bystander.http.post(`/v1/jobs/${listing.id}/applications`)).status).toBe(201);

    for (const status of ['reviewing', 'interviewing', 'offered']) {
      const response = await setStatus(id, status);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id, status, applicant: { id: seeker.user.id, email: seeker.user.email } });
      expect((await env.api.http.get(`/v1/jobs/${listing.id}`)).body.status).toBe('published');
    }
    const hired = await setStatus(id, 'hired');
    expect(hired.status).toBe(200);
    expect(hired.body.status).toBe('hired');
    const publicView = await env.api.http.get(`/v1/jobs/${listing.id}`);
    expect(publicView.body).toMatchObject({ status: 'closed', closedAt: expect.any(String), jsonLd: null });
    const late = await createSession(env.api);
    expect((await late.http.post(`/v1/jobs/${listing.id}/applications`)).status).toBe(409);

    const mails = await sink.waitFor((mail) => mail.to.includes(seeker.user.email), 4);
    expect(mails).toHaveLength(4);
    // The worker may deliver them in any order.
    expect(mails.map((mail) => subjectOf(mail.raw)).sort()).toEqual(
      [
        'Your application for Compiler Engineer at Harbor Labs is being reviewed',
        'Your application for Compiler Engineer at Harbor Labs moved to interviews',
        'Your application for Compiler Engineer at Harbor Labs comes with an offer',
        'Your application for Compiler Engineer at Harbor Labs ended in a hire',
      ].sort(),
    );
    for (const mail of mails) {
      expect(mail.raw).toMatch(/multipart\/alternative/);
      expect(mail.raw).toMatch(/text\/plain/);
      expect(mail.raw).toMatch(/text\/html/);
      expect(decodeMailText(mail.raw)).toContain('Hello Grace Hopper,');
    }
    expect(sink.to(bystander.user.email)).toHaveLength(0);
    expect((await bystander.http.get('/v1/me/applications')).body.items[0].status).toBe('submitted');
  });

  it('refuses illegal moves with 422, leaving the status and the mailbox as they were', async () => {
    const { seeker, id } = await applied();
    for (const status of ['interviewing', 'offered', 'hired', 'withdrawn']) {
      const response = await setStatus(id, status);
      expect(response.status).toBe(422);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    expect((await setStatus(id, 'reviewing')).status).toBe(200);
    expect((await setStatus(id, 'submitted')).status).toBe(422);
    expect((await seeker.http.get(`/v1/me/applications/${id}`)).body.status).toBe('reviewing');
    expect(await storedMailsTo(seeker)).toBe(1);
  });

  it('treats setting the current status again as no change: 200 and no mail', async () => {
    const { seeker, id } = await applied();
    expect((await setStatus(id, 'reviewing')).status).toBe(200);
    const again = await setStatus(id, 'reviewing');
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('reviewing');
    expect(await storedMailsTo(seeker)).toBe(1);
  });

  it('rejects from an open state; a rejected application is final for the admin and cannot be withdrawn', async () => {
    const { seeker, id } = await applied();
    expect((await setStatus(id, 'reviewing')).status).toBe(200);
    expect((await setStatus(id, 'interviewing')).status).toBe(200);
    const rejected = await setStatus(id, 'rejected');
    expect(rejected.status).toBe(200);
    expect(rejected.body.status).toBe('rejected');
    expect((await setStatus(id, 'offered')).status).toBe(422);
    expect((await seeker.http.delete(`/v1/me/applications/${id}`)).status).toBe(422);
    const [mail] = await sink.waitFor((m) => m.to.includes(seeker.user.email) && /was not selected/.test(decodeMailText(m.raw)));
    expect(decodeMailText(mail!.raw)).toContain('decided not to move forward');
  });

  it('cannot move a withdrawn application', async () => {
    const { seeker, id } = await applied();
    expect((await seeker.http.delete(`/v1/me/applications/${id}`)).status).toBe(204);
    expect((await setStatus(id, 'reviewing')).status).toBe(422);
    expect((await setStatus(id, 'rejected')).status).toBe(422);
  });

  it('answers an unknown status and unknown fields with 400 naming them, an unknown application with 404', async () => {
    const { id } = await applied();
    const unknown = await setStatus(id, 'archived');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'status' })]);
    const extra = await admin.patch(`/v1/admin/applications/${id}`, { status: 'reviewing', note: 'hi' });
    expect(extra.status).toBe(400);
    expect(extra.body.errors).toEqual([expect.objectContaining({ field: 'note' })]);
    expect((await setStatus('00000000-0000-4000-8000-000000000000', 'reviewing')).status).toBe(404);
  });

  it('keeps the admin routes from seekers (403) and anonymous callers (401)', async () => {
    const { listing, seeker, id } = await applied();
    expect((await seeker.http.get(`/v1/admin/jobs/${listing.id}/applications`)).status).toBe(403);
    expect((await setStatus(id, 'reviewing', seeker.http)).status).toBe(403);
    expect((await env.api.http.get(`/v1/admin/jobs/${listing.id}/applications`)).status).toBe(401);
    expect((await setStatus(id, 'hired', env.api.http)).status).toBe(401);
    expect((await seeker.http.get(`/v1/me/applications/${id}`)).body.status).toBe('submitted');
  });
});
