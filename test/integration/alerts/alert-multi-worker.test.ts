import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { createAdminSession } from '@app/testing';
import { waitForRun } from '../../e2e/alerts/alerts-test-kit';
import { insertLoadListings, LoadWorld, seedSubscribers, startLoadWorld, WorkerProcess } from './load-kit';

const SUBSCRIBERS = 5000;

describe('several worker processes share one alert run', () => {
  let world: LoadWorld;

  before(async () => {
    world = await startLoadWorld();
  });
  after(async () => {
    await world?.close();
  });

  it('three workers build and mail every one of 5 000 digests exactly once', async () => {
    const { env, sink, workers, smtpUrl } = world;
    const { dataSource } = env.api;
    await insertLoadListings(dataSource);
    const emails = await seedSubscribers(dataSource, SUBSCRIBERS, 'multi');
    for (let i = 0; i < 3; i += 1) workers.push(new WorkerProcess(env.config, { SMTP_URL: smtpUrl }).start());
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
