import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { createAdminSession, createJobListing, createSession, Session, startTestEnvironment, TestEnvironment, until } from '@app/testing';
import { fetchBytes, samplePdf, saveResume, uploadPdf } from './resumes-test-kit';

describe('applying with the resume', () => {
  let env: TestEnvironment;
  let admin: Session;

  before(async () => {
    env = await startTestEnvironment();
    admin = await createAdminSession(env.api);
  });
  after(() => env?.close());

  it('shows the admin the resume and PDF as they were at apply time, even after the seeker edits or removes them', async () => {
    const listing = await createJobListing(env.api.dataSource);
    const seeker = await createSession(env.api, { name: 'Snap Shot' });
    await saveResume(seeker, { headline: 'Before the edit', skills: ['Go'] });
    const pdf = samplePdf('as-sent');
    await uploadPdf(seeker, pdf);

    const applied = await seeker.http.post(`/v1/jobs/${listing.id}/applications`, { coverLetter: 'Hello', attachResume: true });
    expect(applied.status).toBe(201);

    await saveResume(seeker, { headline: 'After the edit', skills: ['Rust'] });
    await uploadPdf(seeker, samplePdf('replaced'));
    await seeker.http.delete('/v1/me/resume/file');

    const reviewed = await admin.http.get(`/v1/admin/jobs/${listing.id}/applications`);
    expect(reviewed.status).toBe(200);
    const [application] = reviewed.body.items;
    expect(application.resume.snapshot).toMatchObject({ headline: 'Before the edit', skills: ['Go'] });
    expect(application.resume.file).toMatchObject({ byteSize: pdf.length, contentType: 'application/pdf' });

    const path = `/v1/admin/applications/${application.id}/resume/file`;
    const served = await fetchBytes(env.api.http.baseUrl, path, admin.accessToken);
    expect(served.status).toBe(200);
    expect(served.bytes.equals(pdf)).toBe(true);
    expect(served.headers.get('content-disposition')).toMatch(/^attachment/);
    expect((await fetchBytes(env.api.http.baseUrl, path, seeker.accessToken)).status).toBe(403);

    const moved = await admin.http.patch(`/v1/admin/applications/${application.id}`, { status: 'reviewing' });
    expect(moved.body.resume.snapshot.headline).toBe('Before the edit');
  });

  it('exports the resume sent with each application (snapshot and the copy’s metadata, never bytes)', async () => {
    const listing = await createJobListing(env.api.dataSource);
    const seeker = await createSession(env.api);
    await saveResume(seeker, { headline: 'As sent' });
    const pdf = samplePdf('exported-copy');
    await uploadPdf(seeker, pdf);
    const applied = await seeker.http.post(`/v1/jobs/${listing.id}/applications`, { attachResume: true });
    expect(applied.status).toBe(201);
    await saveResume(seeker, { headline: 'Edited later' });

    const exported = await seeker.http.get('/v1/me/export');
    expect(exported.status).toBe(200);
    const { sentWithApplications, files } = exported.body.sections.resume;
    const copy = files.find((file: { attachedToApplication: string | null }) => file.attachedToApplication === applied.body.id);
    expect(sentWithApplications).toEqual([
      {
        applicationId: applied.body.id,
        snapshot: expect.objectContaining({ headline: 'As sent' }),
        file: { id: copy.id, contentType: 'application/pdf', byteSize: pdf.length, sha256: copy.sha256, uploadedAt: copy.uploadedAt },
      },
    ]);
    expect(exported.text).not.toContain('%PDF');
  });

  it('keeps one PDF copy per application (a resubmission replaces it) and deletes it with the application (its listing deleted by an admin); the seeker’s own CV stays', async () => {
    const listing = await createJobListing(env.api.dataSource);
    const seeker = await createSession(env.api);
    await saveResume(seeker);
    const own = (await uploadPdf(seeker, samplePdf('kept'))).body;
    const applied = await seeker.http.post(`/v1/jobs/${listing.id}/applications`, { attachResume: true });
    expect(applied.status).toBe(201);
    // Withdrawn and sent again: the first copy is replaced, not kept beside the second.
    expect((await seeker.http.delete(`/v1/me/applications/${applied.body.id}`)).status).toBe(204);
    expect((await seeker.http.post(`/v1/jobs/${listing.id}/applications`, { attachResume: true })).status).toBe(201);
    const files = async () =>
      (await env.api.dataSource.query(`SELECT id FROM resume_files WHERE user_id = $1 ORDER BY id`, [seeker.user.id])).map(
        (row: { id: string }) => row.id,
      );
    expect(await files()).toHaveLength(2);

    expect((await admin.http.delete(`/v1/admin/jobs/${listing.id}`)).status).toBe(204);
    expect(await files()).toEqual([own.id]);
  });

  it('reads the resume under the owner’s lock: an apply during a PDF replacement attaches the new PDF, not the one going', async () => {
    const listing = await createJobListing(env.api.dataSource);
    const seeker = await createSession(env.api);
    await saveResume(seeker);
    await uploadPdf(seeker, samplePdf('old'));
    const replacement = samplePdf('new');

    // A replacement in flight, as ResumeFilesService.upload writes it: the resume row locked, the new file in, the old out.
    const upload = env.api.dataSource.createQueryRunner();
    await upload.connect();
    await upload.startTransaction();
    const [{ file_id: oldId }] = await upload.query(`SELECT file_id FROM resumes WHERE user_id = $1 FOR UPDATE`, [seeker.user.id]);
    const [{ id: newId }] = await upload.query(
      `INSERT INTO resume_files (user_id, content, byte_size, sha256) VALUES ($1, $2, $3, 'new') RETURNING id`,
      [seeker.user.id, replacement, replacement.length],
    );
    await upload.query(`UPDATE resumes SET file_id = $2 WHERE user_id = $1`, [seeker.user.id, newId]);
    await upload.query(`DELETE FROM resume_files WHERE id = $1`, [oldId]);

    let answered = false;
    const applying = seeker.http.post(`/v1/jobs/${listing.id}/applications`, { attachResume: true }).finally(() => (answered = true));
    // The apply either finishes (it did not wait for the lock) or is seen waiting on it.
    await until('the apply to finish or wait for the lock', async () => {
      if (answered) return true;
      const [waiting] = await env.api.dataSource.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%FOR UPDATE%'`,
      );
      return waiting.n > 0 || undefined;
    });
    await upload.commitTransaction();
    await upload.release();
    expect((await applying).status).toBe(201);

    const [application] = (await admin.http.get(`/v1/admin/jobs/${listing.id}/applications`)).body.items;
    expect(application.resume.file).toMatchObject({ sha256: 'new', byteSize: replacement.length });
  });

  it('attaches nothing unless asked, and refuses attachResume without a saved resume (422)', async () => {
    const listing = await createJobListing(env.api.dataSource);
    const plain = await createSession(env.api);
    await saveResume(plain);
    expect((await plain.http.post(`/v1/jobs/${listing.id}/applications`, { coverLetter: 'No resume' })).status).toBe(201);
    const withoutResume = await createSession(env.api);
    const refused = await withoutResume.http.post(`/v1/jobs/${listing.id}/applications`, { attachResume: true });
    expect(refused.status).toBe(422);
    expect((await withoutResume.http.get('/v1/me/applications')).body.items).toEqual([]);

    const items = (await admin.http.get(`/v1/admin/jobs/${listing.id}/applications`)).body.items;
    expect(items.map((item: { resume: unknown }) => item.resume)).toEqual([null]);
  });
});
