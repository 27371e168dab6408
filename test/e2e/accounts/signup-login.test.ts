import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { User } from '@app/accounts';
import { startTestEnvironment, TestEnvironment } from '@app/testing';

describe('signup and login', () => {
  let env: TestEnvironment;
  const countUsers = (email: string) => env.api.dataSource.getRepository(User).countBy({ email });

  before(async () => {
    env = await startTestEnvironment();
  });
  after(() => env.close());

  it('signs up a seeker: 201 with both tokens, a normalised email and no password hash anywhere', async () => {
    const response = await env.api.http.post('/v1/auth/signup', {
      email: '  Ada@Example.COM ',
      password: 'correct horse battery',
      name: 'Ada',
    });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      user: {
        id: expect.any(String),
        email: 'ada@example.com',
        name: 'Ada',
        role: 'seeker',
        timezone: 'UTC',
        createdAt: expect.any(String),
      },
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
    });
    expect(response.text).not.toMatch(/argon2|passwordHash|password_hash/i);
    const me = await env.api.http.get('/v1/me', { token: response.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: 'ada@example.com', role: 'seeker' });
    const stored = await env.api.dataSource
      .getRepository(User)
      .findOne({ where: { email: 'ada@example.com' }, select: { passwordHash: true } });
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$v=19\$/);
    expect(stored?.passwordHash.split('$')[3]?.split(',').sort()).toEqual(['m=19456', 'p=1', 't=2']);
  });

  it('refuses a role in the signup body with 400 and creates no user', async () => {
    const response = await env.api.http.post('/v1/auth/signup', {
      email: 'mallory@example.com',
      password: 'long enough password',
      name: 'M',
      role: 'admin',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'role' })]));
    expect(await countUsers('mallory@example.com')).toBe(0);
  });

  it('refuses any unknown field with 400 naming it and creates no user', async () => {
    const response = await env.api.http.post('/v1/auth/signup', {
      email: 'eve@example.com',
      password: 'long enough password',
      name: 'E',
      plan: 'plus',
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'plan' })]);
    expect(await countUsers('eve@example.com')).toBe(0);
  });

  it('answers 409 for an email that exists in another case', async () => {
    const first = await env.api.http.post('/v1/auth/signup', {
      email: 'grace@example.com',
      password: 'long enough password',
      name: 'Grace',
    });
    expect(first.status).toBe(201);
    const second = await env.api.http.post('/v1/auth/signup', { email: 'GRACE@Example.com', password: 'another long password', name: 'G' });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ status: 409, title: 'Conflict' });
    expect(await countUsers('grace@example.com')).toBe(1);
  });

  it('refuses a password under 10 characters with 400 naming password', async () => {
    const response = await env.api.http.post('/v1/auth/signup', { email: 'short@example.com', password: '123456789', name: 'Short' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'password' })]);
    expect(await countUsers('short@example.com')).toBe(0);
  });

  it('refuses a malformed email and a missing name, naming both', async () => {
    const response = await env.api.http.post('/v1/auth/signup', { email: 'not-an-email', password: 'long enough password' });
    expect(response.status).toBe(400);
    const fields = (response.body.errors as Array<{ field: string }>).map((e) => e.field);
    expect(new Set(fields)).toEqual(new Set(['email', 'name']));
  });

  it('logs in with any casing of the email and returns the user with fresh tokens', async () => {
    await env.api.http.post('/v1/auth/signup', { email: 'linus@example.com', password: 'penguins are great', name: 'Linus' });
    const response = await env.api.http.post('/v1/auth/login', { email: ' LINUS@example.com', password: 'penguins are great' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.body).toEqual({
      user: expect.objectContaining({ email: 'linus@example.com', role: 'seeker' }),
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
    });
    expect(response.text).not.toMatch(/argon2|passwordHash/i);
    expect((await env.api.http.get('/v1/me', { token: response.body.accessToken })).status).toBe(200);
  });

  it('answers a wrong password and an unknown email with the same 401 body', async () => {
    await env.api.http.post('/v1/auth/signup', { email: 'barbara@example.com', password: 'liskov substitution', name: 'Barbara' });
    const wrongPassword = await env.api.http.post('/v1/auth/login', { email: 'barbara@example.com', password: 'wrong password!' });
    const unknownEmail = await env.api.http.post('/v1/auth/login', { email: 'nobody@example.com', password: 'wrong password!' });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(unknownEmail.text).toBe(wrongPassword.text);
    expect(unknownEmail.headers.get('content-type')).toBe(wrongPassword.headers.get('content-type'));
  });
});
