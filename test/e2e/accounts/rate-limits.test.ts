import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { startTestEnvironment, TestEnvironment } from '@app/testing';

/** TRUST_PROXY is on here, so each test can act from its own client IP through X-Forwarded-For. */
describe('rate limits on login, signup and forgot', () => {
  let env: TestEnvironment;
  let ipSequence = 0;
  const newIp = () => `203.0.113.${++ipSequence}`;
  const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });
  const login = (email: string, password: string, ip: string) => env.api.http.post('/v1/auth/login', { email, password }, from(ip));
  const signup = (email: string, ip: string) =>
    env.api.http.post('/v1/auth/signup', { email, password: 'long enough password', name: 'Rate' }, from(ip));

  before(async () => {
    env = await startTestEnvironment({ env: { TRUST_PROXY: 'true' } });
  });
  after(() => env.close());

  it('answers 429 with Retry-After once an account had 10 failed logins; 30 in a row never get past it', async () => {
    const ip = newIp();
    expect((await signup('target@example.com', ip)).status).toBe(201);
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await login('target@example.com', `wrong password ${i}`, ip)).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array(20).fill(429));
    const limited = await login('target@example.com', 'long enough password', newIp());
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(limited.body).toMatchObject({ status: 429, title: 'Too Many Requests' });
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  });

  it('forgets earlier failures once the right password is given', async () => {
    const ip = newIp();
    await signup('forgetful@example.com', ip);
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) statuses.push((await login('forgetful@example.com', 'wrong password', ip)).status);
    statuses.push((await login('forgetful@example.com', 'long enough password', ip)).status);
    for (let i = 0; i < 9; i++) statuses.push((await login('forgetful@example.com', 'wrong password', ip)).status);
    expect(statuses).toEqual([...Array(9).fill(401), 200, ...Array(9).fill(401)]);
  });

  it('blocks an IP after 30 failed logins spread over many emails, and only that IP', async () => {
    const ip = newIp();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await login(`spray${i}@example.com`, 'password123!', ip)).status);
    expect(statuses).toEqual([...Array(30).fill(401), 429]);
    expect((await login('spray0@example.com', 'password123!', newIp())).status).toBe(401);
  });

  it('answers 429 to the 21st signup from one IP within the hour', async () => {
    const ip = newIp();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await signup(`crowd${i}@example.com`, ip)).status);
    expect(statuses).toEqual([...Array(20).fill(201), 429]);
    expect((await signup('crowd21@example.com', newIp())).status).toBe(201);
  });

  it('answers 429 to the 6th password reset request for one email, whatever the IP', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await env.api.http.post('/v1/auth/password/forgot', { email: 'Spam@Example.com' }, from(newIp()))).status);
    expect(statuses).toEqual([...Array(5).fill(202), 429]);
    expect((await env.api.http.post('/v1/auth/password/forgot', { email: 'other@example.com' }, from(newIp()))).status).toBe(202);
  });
});
