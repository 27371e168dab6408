import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { RefreshSession } from '@app/accounts';
import { startTestEnvironment, TestEnvironment } from '@app/testing';

describe('refresh tokens', () => {
  let env: TestEnvironment;
  let sequence = 0;

  async function signup(): Promise<{ accessToken: string; refreshToken: string; user: { id: string } }> {
    sequence += 1;
    const response = await env.api.http.post('/v1/auth/signup', {
      email: `r${sequence}@example.com`,
      password: 'long enough password',
      name: 'R',
    });
    expect(response.status).toBe(201);
    return response.body;
  }
  const refresh = (refreshToken: string) => env.api.http.post('/v1/auth/refresh', { refreshToken });

  before(async () => {
    env = await startTestEnvironment();
  });
  after(() => env.close());

  it('rotates: a refresh returns a new working pair and stores only hashes', async () => {
    const session = await signup();
    const response = await refresh(session.refreshToken);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ accessToken: expect.any(String), refreshToken: expect.any(String) });
    expect(response.body.refreshToken).not.toBe(session.refreshToken);
    expect(Buffer.from(response.body.refreshToken, 'base64url')).toHaveLength(32);
    expect((await env.api.http.get('/v1/me', { token: response.body.accessToken })).status).toBe(200);
    const stored = await env.api.dataSource.query(
      `SELECT token_hash FROM refresh_tokens t JOIN refresh_sessions s ON s.id = t.session_id WHERE s.user_id = $1`,
      [session.user.id],
    );
    expect(stored).toHaveLength(2);
    for (const row of stored as Array<{ token_hash: string }>) {
      expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect([session.refreshToken, response.body.refreshToken]).not.toContain(row.token_hash);
    }
  });

  it('treats a reused (already rotated) token as theft: 401, and the new token of that family is dead too', async () => {
    const session = await signup();
    const rotated = await refresh(session.refreshToken);
    expect(rotated.status).toBe(200);
    const reuse = await refresh(session.refreshToken);
    expect(reuse.status).toBe(401);
    expect(reuse.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await refresh(rotated.body.refreshToken)).status).toBe(401);
    const [family] = await env.api.dataSource.getRepository(RefreshSession).findBy({ userId: session.user.id });
    expect(family).toMatchObject({ revokeReason: 'reuse', revokedAt: expect.any(Date) });
  });

  it('revoking one family leaves the other sessions of the user working', async () => {
    const first = await signup();
    const email = `r${sequence}@example.com`;
    const second = await env.api.http.post('/v1/auth/login', { email, password: 'long enough password' });
    await refresh(first.refreshToken);
    expect((await refresh(first.refreshToken)).status).toBe(401);
    expect((await refresh(second.body.refreshToken)).status).toBe(200);
  });

  it('lets only one of several concurrent refreshes with the same token succeed', async () => {
    const session = await signup();
    const responses = await Promise.all(Array.from({ length: 6 }, () => refresh(session.refreshToken)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 401, 401, 401, 401, 401]);
  });

  it('logout answers 204 and the token no longer refreshes', async () => {
    const session = await signup();
    const logout = await env.api.http.post('/v1/auth/logout', { refreshToken: session.refreshToken }, { token: session.accessToken });
    expect(logout.status).toBe(204);
    expect(logout.text).toBe('');
    expect((await refresh(session.refreshToken)).status).toBe(401);
  });

  it("logout needs an access token and cannot revoke another user's session", async () => {
    const victim = await signup();
    const attacker = await signup();
    expect((await env.api.http.post('/v1/auth/logout', { refreshToken: victim.refreshToken })).status).toBe(401);
    const foreign = await env.api.http.post('/v1/auth/logout', { refreshToken: victim.refreshToken }, { token: attacker.accessToken });
    expect(foreign.status).toBe(204);
    expect((await refresh(victim.refreshToken)).status).toBe(200);
  });

  it('answers 401 for an unknown or expired refresh token and 400 for a missing one', async () => {
    expect((await refresh('not-a-token-we-issued')).status).toBe(401);
    const session = await signup();
    await env.api.dataSource.query(
      `UPDATE refresh_tokens SET expires_at = now() - interval '1 second' FROM refresh_sessions s WHERE s.id = session_id AND s.user_id = $1`,
      [session.user.id],
    );
    expect((await refresh(session.refreshToken)).status).toBe(401);
    const missing = await env.api.http.post('/v1/auth/refresh', {});
    expect(missing.status).toBe(400);
    expect(new Set(missing.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['refreshToken']));
  });
});
