import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { createJobListing, createSession, Session, startTestEnvironment, TestEnvironment } from '@app/testing';

/** More `-` operators in a row than Postgres's websearch parser stacks: it failed with an internal error (a 500). */
const NEGATIONS = encodeURIComponent('-'.repeat(40) + 'rust');

describe('search input that Postgres or Date cannot take as it is', () => {
  let env: TestEnvironment;
  let seeker: Session;

  before(async () => {
    env = await startTestEnvironment();
    seeker = await createSession(env.api);
    await createJobListing(env.api.dataSource, { title: 'Rust Engineer', tags: ['rust'] });
  });
  after(() => env.close());

  it('answers a query of forty negations on every search route, as the folded query it means (an even run is no negation, an odd run one)', async () => {
    const jobs = await env.api.http.get(`/v1/jobs?q=${NEGATIONS}`);
    expect(jobs.status).toBe(200);
    expect(jobs.body.items.map((item: { title: string }) => item.title)).toEqual(['Rust Engineer']);
    const odd = await env.api.http.get(`/v1/jobs?q=${encodeURIComponent('-'.repeat(41) + 'rust')}`);
    expect(odd.body.items).toEqual([]);
    expect((await env.api.http.get(`/v1/jobs/feed.rss?q=${NEGATIONS}`)).status).toBe(200);
    expect((await env.api.http.get(`/v1/guides?q=${NEGATIONS}`)).status).toBe(200);
    const alert = await seeker.http.post('/v1/me/alerts', {
      name: 'Negations',
      frequency: 'weekly',
      criteria: { q: decodeURIComponent(NEGATIONS) },
    });
    expect(alert.status).toBe(201);
    expect((await seeker.http.get(`/v1/me/alerts/${alert.body.id}/preview`)).status).toBe(200);
  });

  it('refuses with 400 naming postedSince the ISO 8601 forms JavaScript cannot read', async () => {
    for (const date of ['20260131', '2026-W05']) {
      for (const path of ['/v1/jobs', '/v1/jobs/feed.rss']) {
        const response = await env.api.http.get(`${path}?postedSince=${date}`);
        expect(response.status).toBe(400);
        expect(response.body.errors).toEqual([{ field: 'postedSince', message: expect.stringMatching(/ISO 8601/) }]);
      }
    }
  });
});
