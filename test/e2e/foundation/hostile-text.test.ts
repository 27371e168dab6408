import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import {
  createAdminSession,
  createJobListing,
  createSession,
  HttpResponse,
  Session,
  startTestEnvironment,
  TestEnvironment,
} from '@app/testing';

function expectBadField(response: HttpResponse, field: string, message: RegExp): void {
  expect(response.status).toBe(400);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(response.body.errors).toEqual(expect.arrayContaining([{ field, message: expect.stringMatching(message) }]));
  expect(response.text).not.toMatch(/invalid byte sequence|QueryFailedError|SELECT|at .*\.js/);
}

describe('text that is not text', () => {
  let env: TestEnvironment;
  let seeker: Session;
  let admin: Session;

  before(async () => {
    env = await startTestEnvironment();
    seeker = await createSession(env.api);
    admin = await createAdminSession(env.api);
  });
  after(() => env.close());

  it('refuses NUL and other control characters in the query of every search route with a 400 naming the parameter', async () => {
    for (const path of ['/v1/jobs?q=%00', '/v1/guides?q=a%00b', '/v1/jobs/feed.rss?q=%00', '/v1/jobs?q=%1B%5B31m']) {
      expectBadField(await env.api.http.get(path), 'q', /control characters/);
    }
    expectBadField(await env.api.http.get('/v1/jobs/feed.rss?region=%00'), 'region', /control characters/);
    expectBadField(await env.api.http.get('/v1/jobs?tag=go&tag=%00'), 'tag[1]', /control characters/);
  });

  it('refuses NUL in a path parameter, where Postgres would have refused it with a 500', async () => {
    expectBadField(await env.api.http.get('/v1/jobs/%00'), 'idOrSlug', /control characters/);
    expectBadField(await seeker.http.put('/v1/me/bookmarks/a%00'), 'jobId', /control characters/);
  });

  it('refuses NUL and unpaired surrogates in JSON bodies, naming the nested field', async () => {
    expectBadField(
      await env.api.http.post('/v1/auth/login', { email: 'a\u0000@example.com', password: 'x'.repeat(12) }),
      'email',
      /control/,
    );
    // An unpaired surrogate made the email validator throw (a 500) before.
    expectBadField(await env.api.http.post('/v1/auth/password/forgot', { email: '\ud800' }), 'email', /unpaired surrogate/);
    expectBadField(
      await env.api.http.post('/v1/auth/signup', { email: 'ada@example.com', password: 'x'.repeat(12), name: 'Ada\udfff' }),
      'name',
      /surrogate/,
    );
    const alert = await seeker.http.post('/v1/me/alerts', {
      name: 'Go',
      frequency: 'weekly',
      criteria: { q: 'go\u0000', tags: ['ok', 'bad\u0007'] },
    });
    expectBadField(alert, 'criteria.q', /control/);
    expectBadField(alert, 'criteria.tags[1]', /control/);
    expectBadField(
      await seeker.http.post('/v1/me/alerts', { name: 'Go', frequency: 'weekly', criteria: { 'q\u0000': 'go' } }),
      'criteria.q\\u0000',
      /field name/,
    );
  });

  it('refuses a JSON body nested deeper than any input of ours instead of overflowing the stack', async () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const response = await env.api.http.post('/v1/auth/login', undefined, {
      rawBody: deep,
      headers: { 'content-type': 'application/json' },
    });
    expectBadField(response, '[0]'.repeat(32), /nested deeper than 32 levels/);
    const objects = '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000);
    const admin500 = await admin.http.post('/v1/admin/jobs', undefined, {
      rawBody: objects,
      headers: { 'content-type': 'application/json' },
    });
    expect(admin500.status).toBe(400);
  });

  it('refuses control characters in a text body and keeps tabs and line breaks', async () => {
    const refused = await admin.http.post('/v1/admin/guides/import', undefined, {
      rawBody: 'Title\u0000',
      headers: { 'content-type': 'text/plain' },
    });
    expectBadField(refused, 'body', /control/);
    const listing = await createJobListing(env.api.dataSource);
    const applied = await seeker.http.post(`/v1/jobs/${listing.id}/applications`, {
      coverLetter: 'Dear team,\r\n\tI would like to apply.\n',
    });
    expect(applied.status).toBe(201);
  });
});
