import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { createSession, makePlus, Session } from '@app/testing';
import { AlertsWorld, decoded, headerOf, insertListing, runAlerts, startAlertsWorld } from './alerts-test-kit';

describe('alert digests: daily for Plus, weekly for Free, never twice', () => {
  let world: AlertsWorld;
  let plus: Session;
  let free: Session;
  const listings: Record<string, { id: string; slug: string; title: string }> = {};

  const mailsTo = (session: Session) => world.sink.accepted.filter((mail) => mail.to.includes(session.user.email));

  before(async () => {
    world = await startAlertsWorld();
    const { api } = world.env;
    plus = await createSession(api);
    free = await createSession(api);
    await makePlus(api.dataSource, plus.user.id, api.config);
    listings.go = await insertListing(api.dataSource, {
      title: 'Senior Go Engineer',
      company: 'Gopher Works',
      tags: ['go'],
      publishedMinutesAgo: 30,
    });
    listings.rust = await insertListing(api.dataSource, { title: 'Rust Platform Engineer', tags: ['rust'], publishedMinutesAgo: 90 });
    listings.design = await insertListing(api.dataSource, { title: 'Product Designer', category: 'design', tags: ['figma'] });
    listings.closed = await insertListing(api.dataSource, { title: 'Closed Backend Role', status: 'closed' });
    listings.expired = await insertListing(api.dataSource, { title: 'Expired Backend Role', expiresInMinutes: -5 });
    listings.old = await insertListing(api.dataSource, { title: 'Three Day Old Backend Role', publishedMinutesAgo: 3 * 24 * 60 });
    const daily = await plus.http.post('/v1/me/alerts', {
      name: 'Backend daily',
      frequency: 'daily',
      criteria: { category: 'backend', remote: true },
    });
    expect(daily.status).toBe(201);
    const weekly = await free.http.post('/v1/me/alerts', {
      name: 'Backend weekly',
      frequency: 'weekly',
      criteria: { category: 'backend' },
    });
    expect(weekly.status).toBe(201);
  });
  after(() => world?.close());

  it('a daily run mails only the Plus user, once, with the right listings and headers', async () => {
    const run = await runAlerts(world, 'daily');
    expect(run).toMatchObject({ status: 'completed', frequency: 'daily', subscribers: 1, digests: 1, emailsSent: 1, failed: 0 });
    expect(run.startedAt).toEqual(expect.any(String));
    expect(run.finishedAt).toEqual(expect.any(String));
    expect(mailsTo(free)).toHaveLength(0);
    const [mail, ...others] = mailsTo(plus);
    expect(others).toHaveLength(0);
    const raw = mail!.raw!;
    const text = decoded(raw);
    expect(text).toContain('Senior Go Engineer');
    expect(text).toContain('Gopher Works');
    expect(text).toContain('Rust Platform Engineer');
    expect(text).toContain(`http://localhost:3000/jobs/${listings.go!.slug}`);
    expect(text).toContain('Europe');
    expect(text).toContain('Full-time, remote');
    expect(text).toContain('USD 90,000–120,000 / year');
    for (const absent of ['Product Designer', 'Closed Backend Role', 'Expired Backend Role', 'Three Day Old Backend Role']) {
      expect(text).not.toContain(absent);
    }
    expect(text.indexOf('Senior Go Engineer')).toBeLessThan(text.indexOf('Rust Platform Engineer'));
    expect(headerOf(raw, 'Content-Type')).toMatch(/^multipart\/alternative/);
    expect(raw).toMatch(/Content-Type: text\/plain/);
    expect(raw).toMatch(/Content-Type: text\/html/);
    expect(headerOf(raw, 'List-Unsubscribe')).toMatch(/^<http:\/\/localhost:3000\/alerts\/unsubscribe\?token=[^>]+>$/);
    expect(headerOf(raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(headerOf(raw, 'Subject')).toBe('2 new jobs for "Backend daily"');
    expect(text).toContain('http://localhost:3000/me/alerts');
    expect(text).not.toContain('/v1/');
  });

  it('a second daily run mails nobody', async () => {
    const before = world.sink.count;
    const run = await runAlerts(world, 'daily');
    expect(run).toMatchObject({ status: 'completed', subscribers: 1, digests: 0, emailsSent: 0 });
    expect(world.sink.count).toBe(before);
  });

  it('a newly published matching listing is mailed alone in the next run', async () => {
    listings.fresh = await insertListing(world.env.api.dataSource, { title: 'Fresh Kotlin Backend Role', publishedMinutesAgo: 1 });
    const run = await runAlerts(world, 'daily');
    expect(run).toMatchObject({ digests: 1, emailsSent: 1 });
    const mails = mailsTo(plus);
    expect(mails).toHaveLength(2);
    const text = decoded(mails[1]!.raw!);
    expect(text).toContain('Fresh Kotlin Backend Role');
    expect(text).not.toContain('Senior Go Engineer');
    expect(text).not.toContain('Rust Platform Engineer');
    expect(headerOf(mails[1]!.raw!, 'Subject')).toBe('1 new job for "Backend daily"');
  });

  it('editing or republishing a listing never re-sends it', async () => {
    const { dataSource } = world.env.api;
    await dataSource.query(`UPDATE job_listings SET title = 'Senior Go Engineer (edited)', updated_at = now() WHERE id = $1`, [
      listings.go!.id,
    ]);
    await dataSource.query(`UPDATE job_listings SET status = 'closed', closed_at = now() WHERE id = $1`, [listings.rust!.id]);
    await dataSource.query(
      `UPDATE job_listings SET status = 'published', closed_at = NULL, published_at = now(), expires_at = now() + interval '30 days' WHERE id = $1`,
      [listings.rust!.id],
    );
    const before = world.sink.count;
    const run = await runAlerts(world, 'daily');
    expect(run).toMatchObject({ digests: 0, emailsSent: 0 });
    expect(world.sink.count).toBe(before);
  });

  it('a weekly run mails the Free user, and the Plus user only for weekly alerts (none here)', async () => {
    const run = await runAlerts(world, 'weekly');
    expect(run).toMatchObject({ status: 'completed', frequency: 'weekly', subscribers: 1, digests: 1, emailsSent: 1 });
    const mails = mailsTo(free);
    expect(mails).toHaveLength(1);
    const text = decoded(mails[0]!.raw!);
    for (const title of [
      'Senior Go Engineer (edited)',
      'Rust Platform Engineer',
      'Fresh Kotlin Backend Role',
      'Three Day Old Backend Role',
    ]) {
      expect(text).toContain(title);
    }
    expect(mailsTo(plus)).toHaveLength(2);
  });

  it('never mails a closed or expired listing', async () => {
    for (const mail of world.sink.accepted) {
      const text = decoded(mail.raw!);
      expect(text).not.toContain('Closed Backend Role');
      expect(text).not.toContain('Expired Backend Role');
      expect(text).not.toContain('Product Designer');
    }
    const [{ count }] = await world.env.api.dataSource.query(
      `SELECT count(*)::int AS count FROM alert_deliveries WHERE listing_id = ANY($1::uuid[])`,
      [[listings.closed!.id, listings.expired!.id, listings.design!.id]],
    );
    expect(count).toBe(0);
  });

  it('counts digests on the shared metrics', async () => {
    const metrics = await world.env.api.http.get('/metrics');
    expect(metrics.text).toMatch(/alert_digests_total\{[^}]*frequency="daily"[^}]*outcome="sent"[^}]*\} 2/);
    expect(metrics.text).toMatch(/alert_digests_total\{[^}]*frequency="weekly"[^}]*outcome="sent"[^}]*\} 1/);
  });
});
