import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { JobName, QueueName } from '@app/queue';
import { createAdminSession, HttpClient, startTestEnvironment, TestEnvironment } from '@app/testing';
import { LISTING_EXPIRY_SCHEDULE } from '../../../apps/worker/src/schedules/jobs.schedules';
import { createListing, searchIds } from './listing-fixtures';

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || performance.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('listing expiry (real worker)', () => {
  let env: TestEnvironment;
  let admin: HttpClient;
  let queue: Queue;

  before(async () => {
    env = await startTestEnvironment({ worker: true });
    admin = (await createAdminSession(env.api)).http;
    queue = env.worker!.get<Queue>(getQueueToken(QueueName.Jobs));
  });
  after(() => env.close());

  it('upserts an hourly expiry scheduler on worker start', async () => {
    const scheduler = await queue.getJobScheduler(LISTING_EXPIRY_SCHEDULE);
    expect(scheduler).toMatchObject({ name: JobName.ExpireListings, pattern: '5 * * * *' });
  });

  it('hides a listing past its expiry at once and the worker job marks it expired', async () => {
    const stale = await createListing(admin, { title: 'Expiring Lighthouse Keeper' });
    const fresh = await createListing(admin, { title: 'Current Lighthouse Keeper' });
    await env.api.dataSource.query(`UPDATE job_listings SET expires_at = now() - interval '1 minute' WHERE id = $1`, [stale.id]);

    expect(await searchIds(env.api.http, 'q=lighthouse')).toEqual([fresh.id]);
    expect((await env.api.http.get(`/v1/jobs/${stale.id}`)).body).toMatchObject({ status: 'expired', jsonLd: null });

    await queue.add(JobName.ExpireListings, {});
    const [row] = await waitFor(
      () => env.api.dataSource.query('SELECT status FROM job_listings WHERE id = $1', [stale.id]),
      (rows: Array<{ status: string }>) => rows[0]?.status === 'expired',
    );
    expect(row.status).toBe('expired');
    const [other] = await env.api.dataSource.query('SELECT status FROM job_listings WHERE id = $1', [fresh.id]);
    expect(other.status).toBe('published');

    const republished = await admin.post(`/v1/admin/jobs/${stale.id}/publish`);
    expect(republished.body.status).toBe('published');
    expect(await searchIds(env.api.http, 'q=lighthouse')).toEqual([stale.id, fresh.id]);
  });
});
