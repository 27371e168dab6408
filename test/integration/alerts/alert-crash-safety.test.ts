import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { createAdminSession } from '@app/testing';
import { waitForRun } from '../../e2e/alerts/alerts-test-kit';
import { insertLoadListings, LoadWorld, seedSubscribers, startLoadWorld, WorkerProcess } from './load-kit';

const SUBSCRIBERS = 2500;

describe('alert runs survive a killed worker', () => {
  let world: LoadWorld;

  before(async () => {
    world = await startLoadWorld();
  });
  after(async () => {
    await world?.close();
  });

  it('a worker SIGKILLed mid-run and started again: every due subscriber gets exactly one digest', async () => {
    const { env, sink, workers, smtpUrl } = world;
    const { dataSource } = env.api;
    await insertLoadListings(dataSource);
    const emails = await seedSubscribers(dataSource, SUBSCRIBERS, 'crash');
    const smtp = { SMTP_URL: smtpUrl };
    const first = new WorkerProcess(env.config, smtp).start();
    workers.push(first);
    await first.ready();

    const admin = await createAdminSession(env.api);
    const started = await admin.http.post('/v1/admin/alerts/runs', { frequency: 'weekly' });
    expect(started.status).toBe(202);
    await sink.waitForCount(SUBSCRIBERS / 5, 60_000);
    // Hold every SMTP reply, give mails already answered time to be marked sent, then kill:
    // the kill lands while batches build and mails wait on SMTP, but never in the documented
    // window (SMTP accepted, not yet marked sent).
    sink.freeze();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await first.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 200));
    sink.release();
    const midRun = await admin.http.get(`/v1/admin/alerts/runs/${started.body.id}`);
    expect(midRun.body.status).toBe('running');
    expect(sink.count).toBeLessThan(SUBSCRIBERS);
    // The killed worker left work behind: digests not yet mailed (and usually batches not yet built).
    const [left] = await dataSource.query(
      `SELECT (SELECT count(*) FROM alert_run_batches WHERE run_id = $1 AND status = 'pending')::int AS batches,
              (SELECT count(*) FROM alert_digests WHERE run_id = $1 AND status = 'pending')::int AS digests`,
      [started.body.id],
    );
    expect(left.batches * 1000 + left.digests).toBeGreaterThan(0);

    const second = new WorkerProcess(env.config, smtp).start();
    workers.push(second);
    await second.ready();
    const run = await waitForRun(admin.http, started.body.id, 120_000);

    expect(run).toMatchObject({ status: 'completed', subscribers: SUBSCRIBERS, digests: SUBSCRIBERS, emailsSent: SUBSCRIBERS, failed: 0 });
    expect(sink.count).toBe(SUBSCRIBERS);
    expect(emails.filter((email) => sink.countFor(email) !== 1)).toEqual([]);
    expect(new Set(sink.accepted.map((mail) => mail.messageId)).size).toBe(SUBSCRIBERS);
    const [{ digests, users }] = await dataSource.query(
      `SELECT count(*)::int AS digests, count(DISTINCT user_id)::int AS users FROM alert_digests WHERE run_id = $1 AND status = 'sent'`,
      [started.body.id],
    );
    expect({ digests, users }).toEqual({ digests: SUBSCRIBERS, users: SUBSCRIBERS });
  });
});
