import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { DiscoveryService } from '@nestjs/core';
import { PersonalDataSource, PersonalDataSourceProvider, User } from '@app/accounts';
import { startTestEnvironment, TestEnvironment } from '@app/testing';

describe('me, export and erase', () => {
  let env: TestEnvironment;
  let sequence = 0;

  async function signup(name = 'Privacy Tester') {
    sequence += 1;
    const email = `me${sequence}@example.com`;
    const response = await env.api.http.post('/v1/auth/signup', { email, password: 'long enough password', name });
    expect(response.status).toBe(201);
    return { email, ...(response.body as { user: { id: string }; accessToken: string; refreshToken: string }) };
  }

  before(async () => {
    env = await startTestEnvironment();
  });
  after(() => env.close());

  it('GET /v1/me answers the profile with the Free plan and its entitlements', async () => {
    const user = await signup('Ada');
    const response = await env.api.http.get('/v1/me', { token: user.accessToken });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: user.user.id,
      email: user.email,
      name: 'Ada',
      role: 'seeker',
      timezone: 'UTC',
      plan: 'free',
      ads: true,
      entitlements: { alertFrequencies: ['weekly'], maxAlerts: 3, featuredResume: false, customResumeUrl: false },
    });
  });

  it('PATCH /v1/me changes name and timezone', async () => {
    const user = await signup();
    const response = await env.api.http.patch(
      '/v1/me',
      { name: '  Grace Hopper ', timezone: 'America/New_York' },
      { token: user.accessToken },
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ name: 'Grace Hopper', timezone: 'America/New_York', plan: 'free' });
    expect((await env.api.http.get('/v1/me', { token: user.accessToken })).body).toMatchObject({
      name: 'Grace Hopper',
      timezone: 'America/New_York',
    });
  });

  it('PATCH /v1/me refuses an unknown time zone, an offset and unknown fields, naming them', async () => {
    const user = await signup();
    for (const timezone of ['Mars/Olympus_Mons', '+02:00', '', 42]) {
      const response = await env.api.http.patch('/v1/me', { timezone }, { token: user.accessToken });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'timezone' })]);
    }
    const role = await env.api.http.patch('/v1/me', { role: 'admin' }, { token: user.accessToken });
    expect(role.status).toBe(400);
    expect(role.body.errors).toEqual([expect.objectContaining({ field: 'role' })]);
    expect((await env.api.http.get('/v1/me', { token: user.accessToken })).body).toMatchObject({ role: 'seeker', timezone: 'UTC' });
  });

  it('export holds a section from every registered personal-data source, with sessions but no secrets', async () => {
    const user = await signup();
    await env.api.http.post(
      '/v1/auth/login',
      { email: user.email, password: 'long enough password' },
      { headers: { 'user-agent': 'export-test/1.0' } },
    );
    const response = await env.api.http.get('/v1/me/export', { token: user.accessToken });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment/);

    const registered = env.api.app
      .get(DiscoveryService)
      .getProviders({ metadataKey: PersonalDataSourceProvider.KEY })
      .map((wrapper) => (wrapper.instance as PersonalDataSource).section);
    expect(registered).toContain('account');
    expect(Object.keys(response.body.sections).sort()).toEqual([...new Set(registered)].sort());

    const account = response.body.sections.account;
    expect(account.profile).toMatchObject({ id: user.user.id, email: user.email, role: 'seeker' });
    expect(account.sessions).toHaveLength(2);
    expect(account.sessions).toContainEqual(expect.objectContaining({ userAgent: 'export-test/1.0', ip: '127.0.0.1', revokedAt: null }));
    expect(response.text).not.toMatch(/argon2|password_?hash|token_?hash/i);
    expect(response.text).not.toContain(user.refreshToken);
  });

  it('DELETE /v1/me answers 204, erases the user, kills their tokens and leaves other users untouched', async () => {
    const leaving = await signup();
    const staying = await signup();
    const response = await env.api.http.delete('/v1/me', { token: leaving.accessToken });
    expect(response.status).toBe(204);

    expect(await env.api.dataSource.getRepository(User).countBy({ id: leaving.user.id })).toBe(0);
    const sessions = await env.api.dataSource.query('SELECT count(*)::int AS n FROM refresh_sessions WHERE user_id = $1', [
      leaving.user.id,
    ]);
    expect(sessions).toEqual([{ n: 0 }]);
    expect((await env.api.http.post('/v1/auth/login', { email: leaving.email, password: 'long enough password' })).status).toBe(401);
    expect((await env.api.http.get('/v1/me', { token: leaving.accessToken })).status).toBe(401);
    expect((await env.api.http.post('/v1/auth/refresh', { refreshToken: leaving.refreshToken })).status).toBe(401);

    expect((await env.api.http.get('/v1/me', { token: staying.accessToken })).status).toBe(200);
    expect((await env.api.http.post('/v1/auth/login', { email: staying.email, password: 'long enough password' })).status).toBe(200);
    expect((await env.api.http.post('/v1/auth/refresh', { refreshToken: staying.refreshToken })).status).toBe(200);
  });

  it('lets the same email sign up again after erasure', async () => {
    const user = await signup();
    await env.api.http.delete('/v1/me', { token: user.accessToken });
    const again = await env.api.http.post('/v1/auth/signup', { email: user.email, password: 'long enough password', name: 'Back' });
    expect(again.status).toBe(201);
  });
});
