import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { INestApplicationContext } from '@nestjs/common';
import { MailService } from '@app/mail';
import {
  buildStripeEvent,
  CountingSmtpSink,
  createAdminSession,
  createSession,
  Session,
  startApi,
  startWorker,
  StripeStub,
  TestApi,
  sleep,
  testConfig,
  until,
} from '@app/testing';
import { insertListing, NEVER_CRON, waitForRun } from '../../e2e/alerts/alerts-test-kit';
import { BillingWorld, customerWithCheckout, deliver, waitForEvent } from '../../e2e/billing/billing-test-kit';
import { insertLoadListings, seedSubscribers } from '../alerts/load-kit';
import { PrivatePostgres } from './private-services';
import { SteadyLoad } from './steady-load';

const DOWN_MS = 8_000;
const SUBSCRIBERS = 400;
const MAILS = 20;

/*
 * The api and the worker on a Postgres cluster of the test's own, restarted (fast shutdown, 8 s down, started on the
 * same port) under steady load while an alert run builds and mails are queued. Neither process is restarted.
 */
describe('a Postgres restart under load', () => {
  const postgres = new PrivatePostgres();
  const sink = new CountingSmtpSink();
  const stub = new StripeStub();
  let api: TestApi;
  let worker: INestApplicationContext;

  before(async () => {
    await postgres.start();
    await sink.start();
    await stub.start();
    const config = testConfig(postgres.url, {
      SMTP_URL: `${sink.url}?pool=true&maxConnections=8`,
      ALERTS_TICK_CRON: NEVER_CRON,
      STRIPE_SECRET_KEY: 'sk_test_x',
      STRIPE_WEBHOOK_SECRET: 'whsec_a',
      STRIPE_PRICE_PLUS: 'price_plus',
      STRIPE_API_URL: stub.url,
    });
    api = await startApi(config);
    worker = await startWorker(config);
  });
  after(async () => {
    await worker?.close();
    await api?.close();
    await stub.stop();
    await sink.stop();
    await postgres.remove();
  });

  it(
    'answers 503 while it is down and nothing else, recovers its pools by itself, retries the jobs, and leaves no half-written rows',
    { timeout: 240_000 },
    async () => {
      const { dataSource } = api;
      await insertLoadListings(dataSource);
      const subscribers = await seedSubscribers(dataSource, SUBSCRIBERS, 'pg');
      const listings = await Promise.all(Array.from({ length: 20 }, (_, i) => insertListing(dataSource, { title: `Restart Role ${i}` })));
      const seekers: Session[] = [];
      for (let i = 0; i < 60; i += 1) seekers.push(await createSession(api));
      const admin = await createAdminSession(api);
      const world = { env: { api } } as Pick<BillingWorld, 'env'>;
      const paying = await customerWithCheckout({ env: { api }, stub } as BillingWorld);

      let pair = 0;
      const load = new SteadyLoad(
        `http://127.0.0.1:${api.port}`,
        [
          { name: 'GET /v1/jobs?q=', request: () => ({ path: '/v1/jobs?q=restart%20role&limit=10' }) },
          { name: 'GET /jobs (page)', request: () => ({ path: '/jobs?q=platform' }) },
          { name: 'GET /v1/jobs/:slug', request: () => ({ path: `/v1/jobs/${listings[pair % listings.length]!.slug}` }) },
          {
            name: 'POST apply',
            request: () => {
              const n = pair++;
              const seeker = seekers[Math.floor(n / listings.length) % seekers.length]!;
              const listing = listings[n % listings.length]!;
              return {
                tag: `${seeker.user.id}/${listing.id}`,
                path: `/v1/jobs/${listing.id}/applications`,
                init: {
                  method: 'POST',
                  headers: { authorization: `Bearer ${seeker.accessToken}`, 'content-type': 'application/json' },
                  body: JSON.stringify({ coverLetter: 'Steady under load.' }),
                },
              };
            },
          },
          { name: 'GET /health/ready', request: () => ({ path: '/health/ready' }) },
        ],
        { concurrency: 3, pauseMs: 20 },
      ).start();

      // Worker work in flight: an alert run building its batches, and mails.
      const run = await admin.http.post('/v1/admin/alerts/runs', { frequency: 'weekly' });
      expect(run.status).toBe(202);
      const mail = api.app.get(MailService, { strict: false });
      for (let i = 0; i < MAILS; i += 1)
        await mail.queueMail({ to: `pg${i}@faults.test`, subject: `Mail ${i}`, text: 'Hi', html: '<p>Hi</p>' });
      await until(
        'the run building',
        async () => {
          const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM alert_digests WHERE run_id = $1`, [run.body.id]);
          return n > 0;
        },
        30_000,
        20,
      );

      load.phase = 'stopping';
      await postgres.stop();
      load.phase = 'outage';
      const event = buildStripeEvent({ type: 'checkout.session.completed', object: stub.completeCheckout(paying.checkoutSessionId) });
      const webhookDuringOutage = await deliver(world, event);
      const page = await fetch(`http://127.0.0.1:${api.port}/jobs`);
      const pageDuringOutage = { status: page.status, type: page.headers.get('content-type') ?? '', text: await page.text() };
      const ready = await api.http.get('/health/ready');
      const search = await api.http.get('/v1/jobs?q=engineer');
      await sleep(DOWN_MS);

      // A request sent just before the start may reach the new server (it binds its port first): not counted as "during".
      load.phase = 'restarting';
      await sleep(500);
      await postgres.start();
      const startedAt = Date.now();
      load.phase = 'recovery';
      await until('readiness 200', async () => (await api.http.get('/health/ready')).status === 200, 30_000);
      await until('search 200', async () => (await api.http.get('/v1/jobs?q=restart')).status === 200, 30_000);
      const recoveredMs = Date.now() - startedAt;
      load.phase = 'after';
      await sleep(5_000);
      await load.stop();

      // Stripe delivers the refused webhook again.
      const webhookAfter = await deliver(world, event);
      const processed = await waitForEvent(world as BillingWorld, event.id as string, ['processed'], 60_000);
      const finished = await waitForRun(admin.http, run.body.id, 120_000);
      await sink.waitForCount(SUBSCRIBERS + MAILS, 120_000);
      await sleep(2_000);

      const outage = load.figures('outage');
      const figures = {
        downSeconds: DOWN_MS / 1000,
        requestsDuringOutage: outage.requests,
        outageStatuses: outage.byStatus,
        outage503s: outage.byStatus['503'] ?? 0,
        maxMsDuringOutage: outage.maxMs,
        recoveredWithinMs: recoveredMs,
        requestsAfterRecovery: load.figures('after').requests,
        fivexxAfterRecovery: load.samplesOf('after').filter((s) => s.status >= 500 || s.error).length,
        runAfterRestart: { status: finished.status, digests: finished.digests, emailsSent: finished.emailsSent },
        mailsQueued: SUBSCRIBERS + MAILS,
        mailsDelivered: sink.count,
        mailsDoubled: [...sink.recipients().values()].filter((n) => n > 1).length,
        webhook: { duringOutage: webhookDuringOutage.status, redelivered: webhookAfter.status, attempts: processed.attempts },
      };
      console.log(`postgres restart figures ${JSON.stringify(figures)}`);
      for (const line of load.table(['before', 'stopping', 'outage', 'restarting', 'recovery', 'after'])) console.log(line);

      // During: every request that needs Postgres is a 503 (problem+json for the API, the error page for pages), nothing hangs.
      expect(outage.requests).toBeGreaterThan(0);
      expect(load.samplesOf('outage').filter((s) => s.status !== 503)).toEqual([]);
      expect(
        load.samplesOf('outage').filter((s) => s.route !== 'GET /jobs (page)' && !s.contentType.includes('application/problem+json')),
      ).toEqual([]);
      expect(outage.maxMs).toBeLessThan(5_000);
      expect(pageDuringOutage.status).toBe(503);
      expect(pageDuringOutage.type).toContain('text/html');
      expect(pageDuringOutage.text).not.toMatch(/ECONNREFUSED|SELECT|\bat .+\.js/);
      expect(ready.status).toBe(503);
      expect(ready.headers.get('content-type')).toContain('application/problem+json');
      expect(ready.body).toMatchObject({
        type: 'urn:jobboard:problem:unavailable',
        status: 503,
        detail: 'Not ready: postgres is down',
        checks: { postgres: 'down', redis: 'up' },
      });
      expect(search.body.detail).toMatch(/^A dependency is unavailable; try again shortly \(error id [0-9a-f-]{36}\)$/);
      expect(search.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|SELECT|\bat .+\.js/);
      expect(webhookDuringOutage.status).toBe(503);
      // After: none, and the same processes.
      expect(figures.fivexxAfterRecovery).toBe(0);
      expect(load.figures('after').requests).toBeGreaterThan(0);

      // Jobs retried: the run completed, every subscriber got a digest, every mail went out.
      expect(finished).toMatchObject({ status: 'completed', subscribers: SUBSCRIBERS, digests: SUBSCRIBERS, failed: 0 });
      expect(subscribers.filter((email) => sink.countFor(email) < 1)).toEqual([]);
      expect(Array.from({ length: MAILS }, (_, i) => sink.countFor(`pg${i}@faults.test`) >= 1)).toEqual(Array(MAILS).fill(true));
      // The webhook refused while down was stored once when Stripe sent it again, and processed once.
      expect(webhookAfter.status).toBe(200);
      expect(processed).toMatchObject({ status: 'processed', attempts: 1 });
      const [{ events }] = await dataSource.query(`SELECT count(*)::int AS events FROM stripe_events WHERE id = $1`, [event.id]);
      expect(events).toBe(1);

      // No half-written rows: each digest holds exactly the ledger rows it counts; each application answered 201 exists,
      // and none exists that was not answered 201 or 503.
      const torn = await dataSource.query(
        `SELECT d.id, d.listing_count, count(l.listing_id)::int AS ledger FROM alert_digests d
       LEFT JOIN alert_deliveries l ON l.digest_id = d.id WHERE d.run_id = $1
       GROUP BY d.id HAVING d.listing_count <> count(l.listing_id)`,
        [run.body.id],
      );
      expect(torn).toEqual([]);
      const [{ dupes }] = await dataSource.query(
        `SELECT count(*)::int AS dupes FROM (SELECT user_id FROM alert_digests WHERE run_id = $1 GROUP BY user_id HAVING count(*) > 1) x`,
        [run.body.id],
      );
      expect(dupes).toBe(0);
      const applies = load.samples.filter((s) => s.route === 'POST apply');
      const rows: Array<{ user_id: string; listing_id: string }> = await dataSource.query(
        `SELECT user_id, listing_id FROM job_applications`,
      );
      const stored = new Set(rows.map((r) => `${r.user_id}/${r.listing_id}`));
      const answered = new Set(applies.filter((a) => a.status === 201 || a.status === 503).map((a) => a.tag));
      expect(applies.filter((a) => a.status === 201 && !stored.has(a.tag!))).toEqual([]);
      expect([...stored].filter((key) => !answered.has(key))).toEqual([]);
    },
  );
});
