import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { startApi, startTestEnvironment, TestApi, TestEnvironment } from '@app/testing';

/** Two api processes' worth of app on one database and one config (so one Redis prefix), as behind a load balancer. */
describe('rate limits shared by two api instances', () => {
  let env: TestEnvironment;
  let second: TestApi;

  before(async () => {
    env = await startTestEnvironment();
    second = await startApi(env.config);
  });
  after(async () => {
    await second.close();
    await env.close();
  });

  it('counts failed logins on either instance toward one limit', async () => {
    expect(
      (await env.api.http.post('/v1/auth/signup', { email: 'shared@example.com', password: 'long enough password', name: 'S' })).status,
    ).toBe(201);
    const attempt = (api: TestApi) => api.http.post('/v1/auth/login', { email: 'shared@example.com', password: 'wrong password' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await attempt(env.api)).status);
    for (let i = 0; i < 5; i++) statuses.push((await attempt(second)).status);
    expect(statuses).toEqual(Array(10).fill(401));
    expect((await attempt(env.api)).status).toBe(429);
    expect((await attempt(second)).status).toBe(429);
  });

  it('ignores X-Forwarded-For while TRUST_PROXY is off, so a spoofed header cannot dodge the IP limit', async () => {
    let firstLimited = -1;
    for (let i = 0; i < 31 && firstLimited < 0; i++) {
      const api = i % 2 === 0 ? env.api : second;
      const response = await api.http.post(
        '/v1/auth/login',
        { email: `spoof${i}@example.com`, password: 'wrong password' },
        { headers: { 'x-forwarded-for': `198.51.100.${i}` } },
      );
      if (response.status === 429) firstLimited = i;
      else expect(response.status).toBe(401);
    }
    expect(firstLimited).toBeGreaterThanOrEqual(0);
  });
});
