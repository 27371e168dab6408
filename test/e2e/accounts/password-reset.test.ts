import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { createHmac } from 'node:crypto';
import { BackgroundTasks } from '@app/accounts';
import { decodeMailText, SmtpSink, startTestEnvironment, TestEnvironment } from '@app/testing';

describe('password reset', () => {
  let sink: SmtpSink;
  let env: TestEnvironment;

  const post = (path: string, body: unknown) => env.api.http.post(path, body);
  const forgot = (email: string) => post('/v1/auth/password/forgot', { email });
  const login = (email: string, password: string) => post('/v1/auth/login', { email, password });

  async function signup(email: string, password: string) {
    const response = await post('/v1/auth/signup', { email, password, name: 'Reset Tester' });
    expect(response.status).toBe(201);
    return response.body as { user: { id: string }; accessToken: string; refreshToken: string };
  }

  async function resetTokenFromMail(to: string): Promise<string> {
    const [mail] = await sink.waitFor((m) => m.to.includes(to));
    const text = decodeMailText(mail!.raw);
    const match = /http:\/\/localhost:3000\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(text);
    expect(match).not.toBeNull();
    return match![1]!;
  }

  before(async () => {
    sink = await new SmtpSink().start();
    env = await startTestEnvironment({ worker: true, env: { SMTP_URL: sink.url } });
  });
  after(async () => {
    await env.close();
    await sink.stop();
  });

  it('mails a single-use link that resets the password, signs out every session and lets the new password in', async () => {
    const account = await signup('reset-me@example.com', 'the old password');
    const otherDevice = await login('reset-me@example.com', 'the old password');
    const oldAccess = oldAccessToken(account.user.id, Math.floor(Date.now() / 1000) - 5, env.config.auth.jwtSecret);
    expect((await env.api.http.get('/v1/me', { token: oldAccess })).status).toBe(200);

    const requested = await forgot('  Reset-Me@Example.com');
    expect(requested.status).toBe(202);
    const token = await resetTokenFromMail('reset-me@example.com');
    const [mail] = sink.to('reset-me@example.com');
    expect(mail!.raw).toMatch(/Content-Type: multipart\/alternative/i);

    const reset = await post('/v1/auth/password/reset', { token, password: 'the brand new password' });
    expect(reset.status).toBe(204);
    expect((await post('/v1/auth/password/reset', { token, password: 'yet another password' })).status).toBe(400);

    expect((await post('/v1/auth/refresh', { refreshToken: account.refreshToken })).status).toBe(401);
    expect((await post('/v1/auth/refresh', { refreshToken: otherDevice.body.refreshToken })).status).toBe(401);
    expect((await env.api.http.get('/v1/me', { token: oldAccess })).status).toBe(401);

    expect((await login('reset-me@example.com', 'the old password')).status).toBe(401);
    const fresh = await login('reset-me@example.com', 'the brand new password');
    expect(fresh.status).toBe(200);
    expect((await env.api.http.get('/v1/me', { token: fresh.body.accessToken })).status).toBe(200);
  });

  it('answers 202 for an unknown email and mails nobody', async () => {
    await signup('known@example.com', 'a known password');
    expect((await forgot('unknown@example.com')).status).toBe(202);
    expect((await forgot('known@example.com')).status).toBe(202);
    await resetTokenFromMail('known@example.com');
    await env.api.app.get(BackgroundTasks).settled();
    expect(sink.to('unknown@example.com')).toEqual([]);
    const mails = await env.api.dataSource.query(`SELECT to_address FROM outbound_mail WHERE to_address = 'unknown@example.com'`);
    expect(mails).toEqual([]);
  });

  it('refuses an expired token with 400 naming token and keeps the password', async () => {
    await signup('late@example.com', 'a password that stays');
    await forgot('late@example.com');
    const token = await resetTokenFromMail('late@example.com');
    await env.api.dataSource.query(`UPDATE password_reset_tokens SET expires_at = now() - interval '1 second'`);
    const response = await post('/v1/auth/password/reset', { token, password: 'never applied password' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'token' })]);
    expect((await login('late@example.com', 'a password that stays')).status).toBe(200);
  });

  it('refuses a token it never issued and a short new password, naming the field', async () => {
    const garbage = await post('/v1/auth/password/reset', { token: 'made-up-token', password: 'long enough password' });
    expect(garbage.status).toBe(400);
    expect(garbage.body.errors).toEqual([expect.objectContaining({ field: 'token' })]);
    const short = await post('/v1/auth/password/reset', { token: 'made-up-token', password: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.errors).toEqual([expect.objectContaining({ field: 'password' })]);
  });

  it('stores reset tokens only as hashes', async () => {
    const rows = (await env.api.dataSource.query(`SELECT token_hash FROM password_reset_tokens`)) as Array<{ token_hash: string }>;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

/** An access token exactly like the api's own, issued a few seconds before the reset. */
function oldAccessToken(userId: string, iat: number, secret: string): string {
  const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = {
    sub: userId,
    email: 'reset-me@example.com',
    role: 'seeker',
    typ: 'access',
    iat,
    exp: iat + 600,
    iss: 'jobboard',
    aud: 'jobboard-api',
  };
  const body = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}
