import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { CountingSmtpSink, createAdminSession, PLUS_TEST_ENV, startTestEnvironment, TestEnvironment } from '@app/testing';
import { insertListing, waitForRun } from '../../e2e/alerts/alerts-test-kit';
import { seedSubscribers, WorkerProcess } from './load-kit';

const SUBSCRIBERS = 5000;

describe('several worker processes share one alert run', () => {
  let env: TestEnvironment;
  let sink: CountingSmtpSink;
  const workers: WorkerProcess[] = [];

  before(async () => {
    sink = await new CountingSmtpSink().start();
    env = await startTestEnvironment({ env: { ...PLUS_TEST_ENV, SMTP_URL: sink.url } });
  });
  after(async () => {
    for (const worker of workers) await worker.kill();
    await env?.close();
    await sink?.stop();
  });

  it('three workers build and mail every one of 5 000 digests exactly once', async () => {
    const { dataSource } = env.api;
    for (let i = 0; i < 12; i += 1) {
      await insertListing(dataSource, {
        title: `Load Platform Role ${i}`,
        category: 'load',
        tags: i % 2 ? ['go'] : ['rust'],
        remote: i % 3 !== 0,
      });
    }
    const emails = await seedSubscribers(dataSource, SUBSCRIBERS, 'multi');
    for (let i = 0; i < 3; i += 1)
      workers.push(new WorkerProcess(env.config, { SMTP_URL: `${sink.url}?pool=true&maxConnections=8` }).start());
    await Promise.all(workers.map((worker) => worker.ready()));

    const admin = await createAdminSession(env.api);
    const started = await admin.http.post('/v1/admin/alerts/runs', { frequency: 'weekly' });
    const run = await waitForRun(admin.http, started.body.id, 180_000);

    expect(run).toMatchObject({ status: 'completed', subscribers: SUBSCRIBERS, digests: SUBSCRIBERS, emailsSent: SUBSCRIBERS, failed: 0 });
    expect(sink.count).toBe(SUBSCRIBERS);
    expect(emails.filter((email) => sink.countFor(email) !== 1)).toEqual([]);
    expect(new Set(sink.accepted.map((mail) => mail.messageId)).size).toBe(SUBSCRIBERS);
    // Worker logs reach this process through pipes and may trail the run's completion by a moment.
    const sentLines = () => workers.map((worker) => worker.lines('alert digest sent'));
    for (let waited = 0; sentLines().reduce((a, b) => a + b, 0) < SUBSCRIBERS && waited < 10_000; waited += 200) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const sent = sentLines();
    expect(sent.reduce((a, b) => a + b, 0)).toBe(SUBSCRIBERS);
    expect(sent.filter((count) => count > 0).length).toBeGreaterThanOrEqual(2);
    const built = workers.map((worker) => worker.lines('alert batch built'));
    expect(built.reduce((a, b) => a + b, 0)).toBe(Math.ceil(SUBSCRIBERS / 1000));
  });
});
