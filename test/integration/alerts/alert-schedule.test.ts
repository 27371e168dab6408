import { getQueueToken } from '@nestjs/bullmq';
import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { Queue } from 'bullmq';
import { AlertTickService } from '@app/alerts';
import { QueueName } from '@app/queue';
import { createSession, makePlus, Session, startWorker } from '@app/testing';
import { AlertsWorld, insertListing, NEVER_CRON, startAlertsWorld, waitForRun } from '../../e2e/alerts/alerts-test-kit';

/** Monday 5 January 2026 at the given UTC time. */
const monday = (hhmm: string) => new Date(`2026-01-05T${hhmm}:00Z`);

describe('alert scheduler: local send hour, period guard, sweeping', () => {
  let world: AlertsWorld;
  let tokyo: Session;
  let newYork: Session;
  let london: Session;

  const tick = async (asOf: Date) => {
    const runIds = await world.env.worker!.get(AlertTickService).tick(asOf);
    for (const id of runIds) await waitForRun(world.admin.http, id);
    return runIds;
  };
  const digestKeys = async (session: Session) =>
    // A Plus user's daily alerts are not served by weekly runs: those leave a "skipped" mark only.
    (
      await world.env.api.dataSource.query(
        `SELECT period_key, status FROM alert_digests WHERE user_id = $1 AND status <> 'skipped' ORDER BY created_at`,
        [session.user.id],
      )
    ).map((row: { period_key: string; status: string }) => `${row.period_key}:${row.status}`);

  before(async () => {
    world = await startAlertsWorld();
    const { api } = world.env;
    tokyo = await createSession(api, { timezone: 'Asia/Tokyo' });
    newYork = await createSession(api, { timezone: 'America/New_York' });
    london = await createSession(api, { timezone: 'Europe/London' });
    for (const plus of [tokyo, newYork]) {
      await makePlus(api.dataSource, plus.user.id, api.config);
      await plus.http.post('/v1/me/alerts', { name: 'Daily', frequency: 'daily', criteria: { category: 'schedule' } });
    }
    await london.http.post('/v1/me/alerts', { name: 'Weekly', frequency: 'weekly', criteria: { category: 'schedule' } });
    await insertListing(api.dataSource, { title: 'Scheduled Role', category: 'schedule' });
  });
  after(() => world?.close());

  it('upserts one tick scheduler with a stable id, also when another worker starts', async () => {
    const second = await startWorker(world.env.config);
    try {
      const queue = world.env.worker!.get<Queue>(getQueueToken(QueueName.Alerts), { strict: false });
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers).toHaveLength(1);
      expect(schedulers[0]).toMatchObject({ key: 'alerts-tick', pattern: NEVER_CRON });
    } finally {
      await second.close();
    }
  });

  it('sends to whoever passed the send hour locally: Tokyo at 07:30 UTC, not London or New York', async () => {
    await tick(monday('07:30'));
    expect(world.sink.countFor(tokyo.user.email)).toBe(1);
    expect(world.sink.countFor(london.user.email)).toBe(0);
    expect(world.sink.countFor(newYork.user.email)).toBe(0);
    expect(await digestKeys(tokyo)).toEqual(['2026-01-05:sent']);
  });

  it('London gets its weekly digest on Monday after 08:00 and Tokyo is not sent its day twice', async () => {
    await tick(monday('09:00'));
    await tick(monday('09:15'));
    expect(world.sink.countFor(london.user.email)).toBe(1);
    expect(await digestKeys(london)).toEqual(['2026-W02:sent']);
    expect(world.sink.countFor(tokyo.user.email)).toBe(1);
    expect(await digestKeys(tokyo)).toEqual(['2026-01-05:sent']);
  });

  it('New York catches up later the same day; a tick with nobody due starts no run', async () => {
    expect(await tick(monday('12:00'))).toEqual([]);
    await tick(monday('13:30'));
    expect(world.sink.countFor(newYork.user.email)).toBe(1);
    expect(await digestKeys(newYork)).toEqual(['2026-01-05:sent']);
    expect(await tick(monday('14:00'))).toEqual([]);
  });

  it('the next local day is a new period, and with nothing new it sends nothing', async () => {
    await tick(new Date('2026-01-06T00:30:00Z'));
    expect(await digestKeys(tokyo)).toEqual(['2026-01-05:sent', '2026-01-06:empty']);
    expect(world.sink.countFor(tokyo.user.email)).toBe(1);
    expect(world.sink.countFor(london.user.email)).toBe(1);
  });

  it('a digest committed but never queued is mailed by the next tick', async () => {
    const { api } = world.env;
    const user = await createSession(api);
    await user.http.post('/v1/me/alerts', { name: 'Swept', frequency: 'weekly', criteria: { category: 'sweep' } });
    await insertListing(api.dataSource, { title: 'Swept Role', category: 'sweep' });
    const mailQueue = world.env.worker!.get<Queue>(getQueueToken(QueueName.AlertMail), { strict: false });
    await mailQueue.pause();
    try {
      const started = await world.admin.http.post('/v1/admin/alerts/runs', { frequency: 'weekly' });
      const deadline = performance.now() + 15_000;
      let digest: { id: string } | undefined;
      while (!digest && performance.now() < deadline) {
        [digest] = await api.dataSource.query(`SELECT id FROM alert_digests WHERE user_id = $1 AND status = 'pending'`, [user.user.id]);
        if (!digest) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(digest).toBeDefined();
      // Lose the job, as a crash between commit and enqueue would, and let the digest age.
      await mailQueue.obliterate({ force: true });
      await api.dataSource.query(`UPDATE alert_digests SET created_at = now() - interval '10 minutes' WHERE id = $1`, [digest!.id]);
      await mailQueue.resume();
      expect(world.sink.countFor(user.user.email)).toBe(0);
      await world.env.worker!.get(AlertTickService).tick(new Date('2026-01-07T03:00:00Z'));
      const run = await waitForRun(world.admin.http, started.body.id);
      expect(run).toMatchObject({ status: 'completed', emailsSent: 1 });
      expect(world.sink.countFor(user.user.email)).toBe(1);
    } finally {
      await mailQueue.resume();
    }
  });
});
