import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { createAdminSession, createSession, startTestEnvironment, TestEnvironment } from '@app/testing';
import { QueueName } from '@app/queue';

describe('Bull Board at /admin/queues', () => {
  let env: TestEnvironment;

  before(async () => {
    env = await startTestEnvironment();
  });
  after(() => env?.close());

  it('answers anonymous callers 401 and seekers 403, on the page and its API', async () => {
    const seeker = await createSession(env.api);
    for (const path of ['/admin/queues', '/admin/queues/api/queues']) {
      const anonymous = await env.api.http.get(path);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('content-type')).toMatch(/problem\+json/);
      expect((await env.api.http.get(path, { token: 'not-a-token' })).status).toBe(401);
      expect((await seeker.http.get(path)).status).toBe(403);
    }
  });

  it('shows every catalog queue to an admin', async () => {
    const admin = await createAdminSession(env.api);
    const page = await admin.http.get('/admin/queues');
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<html/i);
    const api = await admin.http.get('/admin/queues/api/queues');
    expect(api.status).toBe(200);
    const names = (api.body.queues as Array<{ name: string }>).map((queue) => queue.name);
    expect(names.sort()).toEqual(Object.values(QueueName).sort());
  });
});
