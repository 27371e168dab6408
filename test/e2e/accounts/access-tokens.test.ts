import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { createHmac } from 'node:crypto';
import { createSession, Session, startTestEnvironment, TestEnvironment } from '@app/testing';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Crafts a JWT by hand so every header and claim can be wrong on purpose. */
function craft(header: object, claims: object, secret: string | null, hmac = 'sha256'): string {
  const body = `${b64(header)}.${b64(claims)}`;
  return secret === null ? `${body}.` : `${body}.${createHmac(hmac, secret).update(body).digest('base64url')}`;
}

describe('access tokens', () => {
  let env: TestEnvironment;
  let seeker: Session;
  let secret: string;
  const now = () => Math.floor(Date.now() / 1000);
  const claims = (overrides: object = {}) => ({
    sub: seeker.user.id,
    email: seeker.user.email,
    role: 'seeker',
    typ: 'access',
    iat: now(),
    exp: now() + 600,
    iss: 'jobboard',
    aud: 'jobboard-api',
    ...overrides,
  });
  const me = (token?: string) => env.api.http.get('/v1/me', token === undefined ? {} : { token });

  before(async () => {
    env = await startTestEnvironment();
    seeker = await createSession(env.api);
    secret = env.config.auth.jwtSecret;
  });
  after(() => env.close());

  it('accepts a correctly signed HS256 token (the crafting below is sound)', async () => {
    expect((await me(craft({ alg: 'HS256', typ: 'JWT' }, claims(), secret))).status).toBe(200);
  });

  it('answers 401 problem+json without a token', async () => {
    const response = await me();
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('answers 401 for garbage', async () => {
    expect((await me('garbage')).status).toBe(401);
    expect((await me('a.b.c')).status).toBe(401);
    expect((await env.api.http.get('/v1/me', { headers: { authorization: 'Basic Zm9vOmJhcg==' } })).status).toBe(401);
  });

  it('answers 401 for an expired token', async () => {
    expect((await me(craft({ alg: 'HS256', typ: 'JWT' }, claims({ iat: now() - 1000, exp: now() - 60 }), secret))).status).toBe(401);
  });

  it('answers 401 for alg "none"', async () => {
    expect((await me(craft({ alg: 'none', typ: 'JWT' }, claims(), null))).status).toBe(401);
    expect((await me(craft({ alg: 'none', typ: 'JWT' }, claims(), secret))).status).toBe(401);
  });

  it('answers 401 for a token signed with another secret or another algorithm', async () => {
    expect((await me(craft({ alg: 'HS256', typ: 'JWT' }, claims(), 'another-secret-that-is-at-least-32-bytes'))).status).toBe(401);
    expect((await me(craft({ alg: 'HS512', typ: 'JWT' }, claims(), secret, 'sha512'))).status).toBe(401);
  });

  it('answers 401 for a wrong issuer, audience or token type', async () => {
    expect((await me(craft({ alg: 'HS256' }, claims({ iss: 'someone-else' }), secret))).status).toBe(401);
    expect((await me(craft({ alg: 'HS256' }, claims({ aud: 'another-api' }), secret))).status).toBe(401);
    expect((await me(craft({ alg: 'HS256' }, claims({ typ: 'refresh' }), secret))).status).toBe(401);
  });

  it('answers 401 for a well-signed token of a user that does not exist', async () => {
    expect((await me(craft({ alg: 'HS256' }, claims({ sub: '00000000-0000-4000-8000-000000000000' }), secret))).status).toBe(401);
    expect((await me(craft({ alg: 'HS256' }, claims({ sub: 'not-a-uuid' }), secret))).status).toBe(401);
  });

  it('takes the role from the database, not from the claim', async () => {
    const forged = craft({ alg: 'HS256' }, claims({ role: 'admin' }), secret);
    const response = await env.api.http.patch(`/v1/admin/users/${seeker.user.id}`, { role: 'admin' }, { token: forged });
    expect(response.status).toBe(403);
  });
});
