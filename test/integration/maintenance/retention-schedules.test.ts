import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { Queue, QueueEvents } from 'bullmq';
import { AppConfig } from '@app/config';
import { JobName, QueueName } from '@app/queue';
import { createTestDatabase, startWorker, TestDatabase, testConfig } from '@app/testing';
import { daysFromNow, insertMail, remaining } from './retention-seed';
import { DataSource } from 'typeorm';

const POLICIES = [
  'alert-deliveries',
  'browser-sessions',
  'outbound-mail',
  'password-reset-tokens',
  'refresh-sessions',
  'refresh-tokens',
  'stripe-events',
];

describe('retention schedules on real Redis', () => {
  let db: TestDatabase;
  let config: AppConfig;
  let worker: INestApplicationContext;
  let queue: Queue;

  before(async () => {
    db = await createTestDatabase();
    config = testConfig(db.url, { RETENTION_CRON: '7 4 * * *' });
    worker = await startWorker(config);
    queue = worker.get<Queue>(getQueueToken(QueueName.Maintenance), { strict: false });
  });
  after(async () => {
    await worker?.close();
    await db?.drop();
  });

  it('upserts one scheduler per policy under a stable id, also when a second worker starts', async () => {
    const second = await startWorker(config);
    try {
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.map((s) => s.key).sort()).toEqual(POLICIES.map((name) => `retention-${name}`));
      for (const scheduler of schedulers)
        expect(scheduler).toMatchObject({ name: JobName.RetentionPrune, pattern: '7 4 * * *', tz: 'UTC' });
      const next = await queue.getDelayed();
      expect(
        next
          .filter((job) => job.name === JobName.RetentionPrune)
          .map((job) => job.data.policy)
          .sort(),
      ).toEqual(POLICIES);
    } finally {
      await second.close();
    }
  });

  it('runs a prune job from the maintenance queue and reports what it deleted', async () => {
    const dataSource = worker.get(DataSource);
    const old = await insertMail(dataSource, daysFromNow(-31), 'sent');
    const events = new QueueEvents(queue.name, { connection: queue.opts.connection, prefix: queue.opts.prefix });
    try {
      await events.waitUntilReady();
      const job = await queue.add(JobName.RetentionPrune, { policy: 'outbound-mail' });
      expect(await job.waitUntilFinished(events, 20_000)).toMatchObject({ policy: 'outbound-mail', deleted: 1 });
    } finally {
      await events.close();
    }
    expect(await remaining(dataSource, 'outbound_mail', 'id', [old])).toEqual([]);
  });
});
