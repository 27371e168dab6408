import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { createSession, startTestEnvironment, TestEnvironment } from '@app/testing';
import { fetchBytes, samplePdf, saveResume, uploadPdf } from './resumes-test-kit';

describe('the CV file (PDF)', () => {
  let env: TestEnvironment;

  before(async () => {
    env = await startTestEnvironment();
  });
  after(() => env?.close());

  const fileRows = async (userId: string): Promise<number> =>
    (await env.api.dataSource.query(`SELECT count(*)::int AS n FROM resume_files WHERE user_id = $1`, [userId]))[0].n;

  it('comes back byte for byte as an attachment that is never sniffed, and is replaced by a new upload', async () => {
    const ada = await createSession(env.api);
    await saveResume(ada);
    const pdf = samplePdf('first');
    const uploaded = await uploadPdf(ada, pdf);
    expect(uploaded.status).toBe(200);
    expect(uploaded.body).toMatchObject({ contentType: 'application/pdf', byteSize: pdf.length });

    const served = await fetchBytes(env.api.http.baseUrl, '/v1/me/resume/file', ada.accessToken);
    expect(served.status).toBe(200);
    expect(served.bytes.equals(pdf)).toBe(true);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(served.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await ada.http.get('/v1/me/resume/file')).status).toBe(200);
    expect((await ada.http.get('/v1/me/resume')).body.file).toEqual(uploaded.body);

    const second = samplePdf('second');
    expect((await uploadPdf(ada, second)).status).toBe(200);
    expect((await fetchBytes(env.api.http.baseUrl, '/v1/me/resume/file', ada.accessToken)).bytes.equals(second)).toBe(true);
    expect(await fileRows(ada.user.id)).toBe(1);

    expect((await ada.http.delete('/v1/me/resume/file')).status).toBe(204);
    expect((await ada.http.delete('/v1/me/resume/file')).status).toBe(204);
    expect((await ada.http.get('/v1/me/resume/file')).status).toBe(404);
    expect((await ada.http.get('/v1/me/resume')).body.file).toBeNull();
    expect(await fileRows(ada.user.id)).toBe(0);
  });

  it('refuses bytes that are not a PDF whatever the content type says, and a PDF sent as something else', async () => {
    const bob = await createSession(env.api);
    await saveResume(bob);
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    expect((await uploadPdf(bob, html)).status).toBe(400);
    expect((await uploadPdf(bob, Buffer.from('%PDF-1.7 but no trailer'))).status).toBe(400);
    expect((await uploadPdf(bob, Buffer.concat([samplePdf(), Buffer.from('<script>')]))).status).toBe(400);
    expect((await uploadPdf(bob, Buffer.alloc(0))).status).toBe(400);
    for (const type of ['text/html', 'application/octet-stream', 'image/png']) {
      expect({ type, status: (await uploadPdf(bob, samplePdf(), type)).status }).toEqual({ type, status: 415 });
    }
    const asJson = await bob.http.put('/v1/me/resume/file', { pdf: '%PDF-1.4 %%EOF' });
    expect(asJson.status).toBe(415);
    expect((await bob.http.get('/v1/me/resume/file')).status).toBe(404);
    expect(await fileRows(bob.user.id)).toBe(0);
  });

  it('answers 413 to a 2.5 MB PDF (the body drained, the answer readable), and takes one of exactly 2 MB', async () => {
    const carol = await createSession(env.api);
    await saveResume(carol);
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2.5 * 1024 * 1024 - 20, 0x20), Buffer.from('\n%%EOF\n')]);
    const refused = await uploadPdf(carol, big);
    expect(refused.status).toBe(413);
    expect(refused.body.detail).toContain('2 MB');
    const limit = 2 * 1024 * 1024;
    const exact = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(limit - 16, 0x20), Buffer.from('\n%%EOF\n')]);
    expect(exact.length).toBe(limit);
    expect((await uploadPdf(carol, exact)).status).toBe(200);
  });

  it('is the owner’s only: another user gets 404, and a PDF needs a saved resume first', async () => {
    const owner = await createSession(env.api);
    const other = await createSession(env.api);
    expect((await uploadPdf(owner, samplePdf())).status).toBe(404);
    await saveResume(owner);
    await uploadPdf(owner, samplePdf());
    expect((await other.http.get('/v1/me/resume/file')).status).toBe(404);
    expect((await env.api.http.get('/v1/me/resume/file')).status).toBe(401);
  });

  it('is in the export as metadata (not bytes) with the resume and handle, and erasing the account removes its rows', async () => {
    const dora = await createSession(env.api);
    const resume = await saveResume(dora);
    const uploaded = (await uploadPdf(dora, samplePdf('export'))).body;

    const exported = await dora.http.get('/v1/me/export');
    expect(exported.status).toBe(200);
    expect(exported.body.sections.resume).toMatchObject({
      resume: { id: resume.id, headline: resume.headline, skills: resume.skills },
      handle: null,
      files: [{ id: uploaded.id, byteSize: uploaded.byteSize, sha256: uploaded.sha256, contentType: 'application/pdf' }],
    });
    expect(exported.text).not.toContain('%PDF');

    expect((await dora.http.delete('/v1/me')).status).toBe(204);
    expect(await fileRows(dora.user.id)).toBe(0);
    const left = await env.api.dataSource.query(`SELECT count(*)::int AS n FROM resumes WHERE user_id = $1`, [dora.user.id]);
    expect(left[0].n).toBe(0);
  });
});
