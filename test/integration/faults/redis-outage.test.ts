import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { MailService } from '@app/mail';
import {
  CountingSmtpSink,
  createAdminSession,
  createSession,
  createTestDatabase,
  PLUS_TEST_ENV,
  Session,
  startApi,
  TestApi,
  TestDatabase,
  sleep,
  testConfig,
  until,
} from '@app/testing';
import { insertListing, NEVER_CRON, waitForRun } from '../../e2e/alerts/alerts-test-kit';
import { insertLoadListings, seedSubscribers, WorkerProcess } from '../alerts/load-kit';
import { PrivateRedis } from './private-services';
import { SteadyLoad } from './steady-load';

const OUTAGE_MS = 30_000;
const SUBSCRIBERS = 300;
const PLAIN_MAILS = 20;
const PASSWORD = 'correct horse battery';

/*
 * Redis stopped (SIGTERM, so it keeps what was queued, as a Redis with persistence does) for 30 s under steady load,
 * with an alert run and plain mails in flight, then started again on the same port. Nothing is restarted.
 */
describe('a 30 s Redis outage under load', () => {
  const redis = new PrivateRedis();
  const sink = new CountingSmtpSink();
  let db: TestDatabase;
  let api: TestApi;
  let worker: WorkerProcess;

  before(async () => {
    await redis.start();
    await sink.start();
    db = await createTestDatabase();
    const env = { ...PLUS_TEST_ENV, REDIS_URL: redis.url, SMTP_URL: sink.url, ALERTS_TICK_CRON: NEVER_CRON };
    api = await startApi(testConfig(db.url, env));
    worker = new WorkerProcess(api.config, { SMTP_URL: `${sink.url}?pool=true&maxConnections=8` }).start();
    await worker.ready();
  });
  after(async () => {
    await worker?.kill();
    await api?.close();
    await db?.drop();
    await sink.stop();
    await redis.remove();
  });

  it(
    'reads and applies keep answering, what needs Redis answers 503 problem+json, and every mail and digest goes out once after',
    { timeout: 240_000 },
    async () => {
      const { dataSource } = api;
      await insertLoadListings(dataSource);
      const subscribers = await seedSubscribers(dataSource, SUBSCRIBERS, 'redis');
      const listings = await Promise.all(Array.from({ length: 20 }, (_, i) => insertListing(dataSource, { title: `Outage Role ${i}` })));
      const seekers: Session[] = [];
      for (let i = 0; i < 60; i += 1) seekers.push(await createSession(api));
      const admin = await createAdminSession(api);
      const notified = await createSession(api);
      const signup = await api.http.post('/v1/auth/signup', { email: 'steady@faults.test', password: PASSWORD, name: 'Steady' });
      expect(signup.status).toBe(201);

      let pair = 0;
      const load = new SteadyLoad(
        `http://127.0.0.1:${api.port}`,
        [
          { name: 'GET /v1/jobs?q=', request: () => ({ path: '/v1/jobs?q=outage%20role&limit=10' }) },
          { name: 'GET /jobs (page)', request: () => ({ path: '/jobs?q=platform' }) },
          { name: 'GET /jobs/:slug (page)', request: () => ({ path: `/jobs/${listings[pair % listings.length]!.slug}` }) },
          {
            name: 'POST apply',
            request: () => {
              const n = pair++;
              const seeker = seekers[Math.floor(n / listings.length) % seekers.length]!;
              return {
                path: `/v1/jobs/${listings[n % listings.length]!.id}/applications`,
                init: {
                  method: 'POST',
                  headers: { authorization: `Bearer ${seeker.accessToken}`, 'content-type': 'application/json' },
                  body: JSON.stringify({ coverLetter: 'Steady under load.' }),
                },
              };
            },
          },
          {
            name: 'POST /v1/auth/login',
            request: () => ({
              path: '/v1/auth/login',
              init: {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ email: 'steady@faults.test', password: PASSWORD }),
              },
            }),
          },
          { name: 'GET /health/ready', request: () => ({ path: '/health/ready' }) },
        ],
        { concurrency: 3, pauseMs: 20 },
      ).start();

      // Work in flight when Redis goes: plain mails and an alert run, their SMTP replies held back.
      sink.freeze();
      const mailService = api.app.get(MailService, { strict: false });
      for (let i = 0; i < PLAIN_MAILS; i += 1) {
        await mailService.queueMail({ to: `plain${i}@faults.test`, subject: `Plain ${i}`, text: 'Hello', html: '<p>Hello</p>' });
      }
      const run = await admin.http.post('/v1/admin/alerts/runs', { frequency: 'weekly' });
      expect(run.status).toBe(202);
      await until('digests built', async () => {
        const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM alert_digests WHERE run_id = $1`, [run.body.id]);
        return n >= SUBSCRIBERS / 3;
      });
      await sleep(1_000);

      console.log('redis outage: stopping redis');
      load.phase = 'stopping';
      await redis.stop();
      const outageStarted = Date.now();
      load.phase = 'outage';
      sink.release(); // the worker's sends finish while it cannot tell Redis about them

      // Things that need Redis, tried once each during the outage.
      const application = await notified.http.post(`/v1/jobs/${listings[19]!.id}/applications`, {});
      const readyDuringOutage = await api.http.get('/health/ready');
      const duringOutage = {
        signup: await api.http.post('/v1/auth/signup', { email: 'late@faults.test', password: PASSWORD, name: 'Late' }),
        forgot: await api.http.post('/v1/auth/password/forgot', { email: 'steady@faults.test' }),
        alertRun: await admin.http.post('/v1/admin/alerts/runs', { frequency: 'weekly' }),
        statusChange: await timed(() => admin.http.patch(`/v1/admin/applications/${application.body.id}`, { status: 'reviewing' })),
      };
      await sleep(OUTAGE_MS - 500 - (Date.now() - outageStarted));

      console.log('redis outage: starting redis again');
      load.phase = 'restarting'; // a request sent just before the start may find it up: not counted as "during"
      await sleep(500);
      await redis.start();
      const restartedAt = Date.now();
      load.phase = 'recovery';
      await until('readiness 200', async () => (await api.http.get('/health/ready')).status === 200, 30_000);
      await until(
        'login 200',
        async () => (await api.http.post('/v1/auth/login', { email: 'steady@faults.test', password: PASSWORD })).status === 200,
        30_000,
      );
      const recoveredMs = Date.now() - restartedAt;
      load.phase = 'after';
      await sleep(5_000);
      await load.stop();

      console.log('redis outage: load stopped, waiting for the run and the mails');
      const finished = await waitForRun(admin.http, run.body.id, 120_000);
      const expectedMails = SUBSCRIBERS + PLAIN_MAILS + 1;
      await sink.waitForCount(expectedMails, 120_000);
      await sleep(2_000); // a doubled mail would arrive by now

      const outage = load.figures('outage');
      const afterRecovery = load.figures('after');
      const figures = {
        outageSeconds: OUTAGE_MS / 1000,
        requestsDuringOutage: outage.requests,
        outageStatuses: outage.byStatus,
        outage503s: outage.byStatus['503'] ?? 0,
        maxMsDuringOutage: outage.maxMs,
        recoveredWithinMs: recoveredMs,
        requestsAfterRecovery: afterRecovery.requests,
        fivexxAfterRecovery: load.samplesOf('after').filter((s) => s.status >= 500 || s.error).length,
        statusChangeDuringOutageMs: duringOutage.statusChange.ms,
        mailsQueued: expectedMails,
        mailsDelivered: sink.count,
        digests: finished.digests,
        workerRestarts: 0,
      };
      console.log(`redis outage figures ${JSON.stringify(figures)}`);
      for (const line of load.table(['before', 'stopping', 'outage', 'restarting', 'recovery', 'after'])) console.log(line);

      // During the outage: reads and applies answer from Postgres, what needs Redis is a 503 problem+json, nothing hangs.
      for (const route of ['GET /v1/jobs?q=', 'GET /jobs (page)', 'GET /jobs/:slug (page)']) {
        expect({ route, ...load.figures('outage', route).byStatus }).toEqual({ route, '200': load.figures('outage', route).requests });
      }
      const applies = load.samplesOf('outage', 'POST apply');
      expect(applies.filter((s) => s.status !== 201)).toEqual([]);
      const logins = load.samplesOf('outage', 'POST /v1/auth/login');
      expect(logins.length).toBeGreaterThan(0);
      expect(logins.filter((s) => s.status !== 503 || !s.contentType.includes('application/problem+json'))).toEqual([]);
      expect(load.samplesOf('outage', 'GET /health/ready').filter((s) => s.status !== 503)).toEqual([]);
      expect(outage.failures).toBe(0);
      expect(readyDuringOutage.body.checks).toEqual({ postgres: 'up', redis: 'down' });
      expect(load.figures('before').failures).toBe(0);
      expect(outage.maxMs).toBeLessThan(5_000);
      for (const [name, response] of Object.entries({
        signup: duringOutage.signup,
        forgot: duringOutage.forgot,
        alertRun: duringOutage.alertRun,
      })) {
        expect({ name, status: response.status, type: response.headers.get('content-type') }).toEqual({
          name,
          status: 503,
          type: 'application/problem+json; charset=utf-8',
        });
      }
      // A change that only mails as a side effect is made; its mail goes out after the outage.
      expect(duringOutage.statusChange.response.status).toBe(200);
      expect(duringOutage.statusChange.ms).toBeLessThan(5_000);

      // After: every route answers as before, the process was never restarted.
      expect(figures.fivexxAfterRecovery).toBe(0);
      expect(afterRecovery.requests).toBeGreaterThan(0);
      expect(worker.exitCode).toBeNull();

      // Nothing lost, nothing doubled.
      expect(finished).toMatchObject({
        status: 'completed',
        subscribers: SUBSCRIBERS,
        digests: SUBSCRIBERS,
        emailsSent: SUBSCRIBERS,
        failed: 0,
      });
      expect(sink.count).toBe(expectedMails);
      expect(subscribers.filter((email) => sink.countFor(email) !== 1)).toEqual([]);
      expect(Array.from({ length: PLAIN_MAILS }, (_, i) => sink.countFor(`plain${i}@faults.test`))).toEqual(Array(PLAIN_MAILS).fill(1));
      expect(sink.countFor(notified.user.email)).toBe(1);
    },
  );
});

async function timed<T>(run: () => Promise<T>): Promise<{ response: T; ms: number }> {
  const started = Date.now();
  const response = await run();
  return { response, ms: Date.now() - started };
}
