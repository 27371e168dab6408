import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { createAdminSession, HttpClient, startTestEnvironment, TestEnvironment } from '@app/testing';
import { createListing } from './listing-fixtures';

describe('job search pagination', () => {
  let env: TestEnvironment;
  let admin: HttpClient;
  const created: string[] = [];
  const featured: string[] = [];

  before(async () => {
    env = await startTestEnvironment();
    admin = (await createAdminSession(env.api)).http;
    for (let i = 0; i < 23; i += 1) {
      const isFeatured = i % 10 === 3;
      const listing = await createListing(admin, { title: `Cartographer ${i}`, featured: isFeatured });
      created.push(listing.id);
      if (isFeatured) featured.push(listing.id);
    }
    // Several listings sharing one publish instant: the id breaks the tie.
    await env.api.dataSource.query(
      `UPDATE job_listings SET published_at = '2026-01-01T00:00:00Z', expires_at = now() + interval '1 day' WHERE title IN ('Cartographer 5', 'Cartographer 6', 'Cartographer 7')`,
    );
  });
  after(() => env.close());

  async function walk(query: string, limit: number): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response: { status: number; body: { items: Array<{ id: string }>; nextCursor: string | null } } = await env.api.http.get(
        `/v1/jobs?limit=${limit}&${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(response.status).toBe(200);
      expect(response.body.items.length).toBeLessThanOrEqual(limit);
      seen.push(...response.body.items.map((item) => item.id));
      cursor = response.body.nextCursor;
    } while (cursor);
    return seen;
  }

  it('visits every listing exactly once, featured ones first', async () => {
    for (const limit of [1, 4, 7, 100]) {
      for (const query of ['', 'q=cartographer']) {
        const seen = await walk(query, limit);
        expect(seen).toHaveLength(created.length);
        expect(new Set(seen).size).toBe(created.length);
        expect(seen.slice(0, featured.length).sort()).toEqual([...featured].sort());
      }
    }
  });

  it('pins featured listings at the top of the first page', async () => {
    const response = await env.api.http.get('/v1/jobs?limit=5');
    expect(response.body.items.slice(0, featured.length).every((item: { featured: boolean }) => item.featured)).toBe(true);
    expect(response.body.items[featured.length].featured).toBe(false);
  });

  it('rejects an edited cursor', async () => {
    const first = await env.api.http.get('/v1/jobs?limit=2');
    const [body, mac] = (first.body.nextCursor as string).split('.');
    const edited = `${Buffer.from(JSON.stringify({ f: false, p: '1', i: created[0] })).toString('base64url')}.${mac}`;
    expect(body).toBeDefined();
    const response = await env.api.http.get(`/v1/jobs?cursor=${encodeURIComponent(edited)}`);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].field).toBe('cursor');
  });
});
