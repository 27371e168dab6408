import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { readFileSync } from 'node:fs';
import {
  createAdminSession,
  createJobListing,
  createSession,
  HttpResponse,
  Session,
  startTestEnvironment,
  TestEnvironment,
} from '@app/testing';
import { guideBody, importGuide } from '../career-guides/support/guide-requests';
import { repoPath } from '../career-guides/support/repo-path';

const listingBody = (title: string) => ({
  title,
  company: { name: 'Audit Corp' },
  description: 'Builds **things**.',
  employmentType: 'full_time',
  seniority: 'mid',
  category: 'engineering',
  remote: true,
});

describe('the audit trail of admin changes', () => {
  let env: TestEnvironment;
  let admin: Session;

  before(async () => {
    env = await startTestEnvironment();
    admin = await createAdminSession(env.api);
  });
  after(() => env?.close());

  async function entriesOf(entityId: string) {
    const response = await admin.http.get(`/v1/admin/audit?entityId=${entityId}&limit=100`);
    expect(response.status).toBe(200);
    return (response.body.items as Array<Record<string, any>>).reverse();
  }

  const requestId = (response: HttpResponse) => response.headers.get('x-request-id');

  it('records each listing change with the admin as actor, the fields written and the request id', async () => {
    const created = await admin.http.post('/v1/admin/jobs', listingBody('Audited Engineer'));
    expect(created.status).toBe(201);
    const id = created.body.id;
    const edited = await admin.http.patch(`/v1/admin/jobs/${id}`, { title: 'Audited Senior Engineer', seniority: 'senior' });
    const published = await admin.http.post(`/v1/admin/jobs/${id}/publish`);
    const closed = await admin.http.post(`/v1/admin/jobs/${id}/close`);
    const deleted = await admin.http.delete(`/v1/admin/jobs/${id}`);
    expect([edited.status, published.status, closed.status, deleted.status]).toEqual([200, 200, 200, 204]);

    const entries = await entriesOf(id);
    expect(entries.map((entry) => entry.action)).toEqual([
      'listing.create',
      'listing.update',
      'listing.publish',
      'listing.close',
      'listing.delete',
    ]);
    for (const entry of entries) {
      expect(entry).toMatchObject({ entity: 'listing', entityId: id, actor: { id: admin.user.id, email: admin.user.email } });
    }
    expect(entries.map((entry) => entry.requestId)).toEqual([created, edited, published, closed, deleted].map(requestId));
    expect(entries[0].changes).toMatchObject({ title: { to: 'Audited Engineer' }, status: { to: 'draft' } });
    expect(entries[1].changes).toEqual({
      title: { from: 'Audited Engineer', to: 'Audited Senior Engineer' },
      seniority: { from: 'mid', to: 'senior' },
    });
    expect(entries[2].changes.status).toEqual({ from: 'draft', to: 'published' });
    expect(entries[3].changes.status).toEqual({ from: 'published', to: 'closed' });
    expect(entries[4].changes).toEqual({ title: { from: 'Audited Senior Engineer' }, status: { from: 'closed' } });
  });

  it('records every row of an import, and nothing for an import refused for one bad row', async () => {
    const before = (await admin.http.get('/v1/admin/audit?entity=listing&limit=100')).body.items.length;
    const refused = await admin.http.post('/v1/admin/jobs/import', [
      listingBody('Import One'),
      { ...listingBody('Import Two'), salaryMin: 10 },
    ]);
    expect(refused.status).toBe(400);
    expect((await admin.http.get('/v1/admin/audit?entity=listing&limit=100')).body.items.length).toBe(before);
    const imported = await admin.http.post('/v1/admin/jobs/import', [listingBody('Import One'), listingBody('Import Two')]);
    expect(imported.status).toBe(201);
    for (const item of imported.body.items) {
      expect((await entriesOf(item.id)).map((entry) => entry.action)).toEqual(['listing.import']);
    }
  });

  it('records guide import, create, edit, publish and unpublish, and nothing for a stale (409) edit', async () => {
    const text = readFileSync(repoPath('../shared/fixtures/career-guides/backend-developer.txt'), 'utf8');
    const imported = await importGuide(admin.http, text);
    expect(imported.status).toBe(201);
    const created = await admin.http.post('/v1/admin/guides', guideBody({ title: 'Audit Guide Career Path Guide' }));
    const id = created.body.id;
    const edited = await admin.http.patch(`/v1/admin/guides/${id}`, {
      version: created.body.version,
      summary: 'A shorter summary of the role.',
    });
    expect(edited.status).toBe(200);
    const stale = await admin.http.patch(`/v1/admin/guides/${id}`, { version: created.body.version, summary: 'A stale edit.' });
    expect(stale.status).toBe(409);
    await admin.http.post(`/v1/admin/guides/${id}/publish`);
    await admin.http.post(`/v1/admin/guides/${id}/publish`); // already published: no change, no entry
    await admin.http.post(`/v1/admin/guides/${id}/unpublish`);

    expect((await entriesOf(imported.body.id)).map((entry) => entry.action)).toEqual(['guide.import']);
    const entries = await entriesOf(id);
    expect(entries.map((entry) => entry.action)).toEqual(['guide.create', 'guide.update', 'guide.publish', 'guide.unpublish']);
    expect(entries[1].changes).toMatchObject({
      summary: { to: 'A shorter summary of the role.' },
      version: { from: created.body.version, to: created.body.version + 1 },
    });
    expect(JSON.stringify(entries)).not.toContain('A stale edit.');
    expect(entries[3].changes).toEqual({ status: { from: 'published', to: 'archived' } });
  });

  it('records application moves and role changes, and nothing for an illegal (422) move or a refused change', async () => {
    const listing = await createJobListing(env.api.dataSource);
    const seeker = await createSession(env.api);
    const applied = await seeker.http.post(`/v1/jobs/${listing.id}/applications`, { coverLetter: 'Hello' });
    const applicationId = applied.body.id;
    const illegal = await admin.http.patch(`/v1/admin/applications/${applicationId}`, { status: 'hired' });
    expect(illegal.status).toBe(422);
    expect(await entriesOf(applicationId)).toEqual([]);
    expect((await admin.http.patch(`/v1/admin/applications/${applicationId}`, { status: 'reviewing' })).status).toBe(200);
    expect((await entriesOf(applicationId)).map((entry) => [entry.action, entry.changes.status])).toEqual([
      ['application.status', { from: 'submitted', to: 'reviewing' }],
    ]);

    const draft = await createJobListing(env.api.dataSource, { status: 'draft', publishedAt: null });
    expect((await admin.http.post(`/v1/admin/jobs/${draft.id}/close`)).status).toBe(422);
    expect(await entriesOf(draft.id)).toEqual([]);

    expect((await admin.http.patch(`/v1/admin/users/${seeker.user.id}`, { role: 'admin' })).status).toBe(200);
    expect((await admin.http.patch(`/v1/admin/users/${admin.user.id}`, { role: 'seeker' })).status).toBe(422);
    expect(await entriesOf(admin.user.id)).toEqual([]);
    expect((await entriesOf(seeker.user.id)).map((entry) => [entry.action, entry.changes])).toEqual([
      ['user.role', { role: { from: 'seeker', to: 'admin' } }],
    ]);
  });

  it('records an alert run started by an admin', async () => {
    const started = await admin.http.post('/v1/admin/alerts/runs', { frequency: 'daily' });
    expect(started.status).toBe(202);
    expect((await entriesOf(started.body.id)).map((entry) => [entry.action, entry.entity, entry.changes])).toEqual([
      ['alert_run.start', 'alert_run', { frequency: { to: 'daily' } }],
    ]);
    const byActor = await admin.http.get(`/v1/admin/audit?actor=${admin.user.id}&entity=alert_run`);
    expect(byActor.body.items.map((entry: { entityId: string }) => entry.entityId)).toEqual([started.body.id]);
  });

  it('is append-only: the database refuses to change or delete an entry', async () => {
    await expect(env.api.dataSource.query(`UPDATE audit_entries SET action = 'listing.nothing'`)).rejects.toThrow(/append-only/);
    await expect(env.api.dataSource.query(`DELETE FROM audit_entries`)).rejects.toThrow(/append-only/);
    await expect(env.api.dataSource.query(`TRUNCATE audit_entries`)).rejects.toThrow(/append-only/);
  });

  it("keeps an erased admin's entries, their actor then a deleted user", async () => {
    const leaving = await createAdminSession(env.api);
    const created = await leaving.http.post('/v1/admin/jobs', listingBody('Left Behind Engineer'));
    expect((await leaving.http.delete('/v1/me')).status).toBe(204);
    const [entry] = await entriesOf(created.body.id);
    expect(entry).toMatchObject({ action: 'listing.create', actor: null, changes: { title: { to: 'Left Behind Engineer' } } });
  });
});
