import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { BrowserSessionsService, Role } from '@app/accounts';
import { QueueName } from '@app/queue';
import { createAdminSession, createUser, startTestEnvironment, TestEnvironment } from '@app/testing';

describe('Bull Board with a browser session', () => {
  let env: TestEnvironment;
  let base: string;

  before(async () => {
    env = await startTestEnvironment();
    base = env.api.http.baseUrl;
  });
  after(() => env?.close());

  async function sessionCookie(role: Role): Promise<string> {
    const user = await createUser(env.api.dataSource, { role });
    const { token } = await env.api.app.get(BrowserSessionsService).start(user, { ip: null, userAgent: 'test' });
    return `sid=${token}`;
  }

  const retryFailed = `/admin/queues/api/queues/${QueueName.Mail}/retry/failed`;

  it("opens for an admin's session cookie, refuses a seeker's, and sends a signed-out browser to the login form", async () => {
    const admin = await fetch(`${base}/admin/queues`, { headers: { cookie: await sessionCookie(Role.Admin) } });
    expect(admin.status).toBe(200);
    expect(await admin.text()).toMatch(/<html/i);
    const api = await fetch(`${base}/admin/queues/api/queues`, { headers: { cookie: await sessionCookie(Role.Admin) } });
    expect(api.status).toBe(200);
    const seeker = await fetch(`${base}/admin/queues`, { headers: { cookie: await sessionCookie(Role.Seeker) } });
    expect(seeker.status).toBe(403);
    const anonymous = await fetch(`${base}/admin/queues`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/login?next=%2Fadmin%2Fqueues');
  });

  it('refuses cookie-authenticated changes sent from another origin, or without saying where they come from', async () => {
    const cookie = await sessionCookie(Role.Admin);
    const forged = await fetch(`${base}${retryFailed}`, { method: 'PUT', headers: { cookie, origin: 'http://127.0.0.1:1' } });
    expect(forged.status).toBe(403);
    const crossSite = await fetch(`${base}${retryFailed}`, { method: 'PUT', headers: { cookie, 'sec-fetch-site': 'same-site' } });
    expect(crossSite.status).toBe(403);
    const silent = await fetch(`${base}${retryFailed}`, { method: 'PUT', headers: { cookie } });
    expect(silent.status).toBe(403);
    const own = await fetch(`${base}${retryFailed}`, { method: 'PUT', headers: { cookie, origin: base, 'sec-fetch-site': 'same-origin' } });
    expect(own.status).toBeLessThan(300);
  });

  it('still takes a bearer token for changes, with no origin to check', async () => {
    const admin = await createAdminSession(env.api);
    const response = await admin.http.put(retryFailed);
    expect(response.status).toBeLessThan(300);
  });

  it('gives the board a policy that allows its inline styles and nothing else from elsewhere', async () => {
    const board = await fetch(`${base}/admin/queues`, { headers: { cookie: await sessionCookie(Role.Admin) } });
    const csp = board.headers.get('content-security-policy')!;
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    const site = await fetch(`${base}/`);
    expect(site.headers.get('content-security-policy')).not.toContain('unsafe-inline');
  });
});
