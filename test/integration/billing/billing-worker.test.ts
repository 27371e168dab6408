import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { QueueEvents } from 'bullmq';
import { EntitlementsService } from '@app/accounts';
import { JobName } from '@app/queue';
import { startWorker } from '@app/testing';
import { BillingWorld, billingQueue, startBillingWorld, subscribedSeeker } from '../../e2e/billing/billing-test-kit';
import { BILLING_RECONCILE_SCHEDULE } from '../../../apps/worker/src/schedules/billing.schedules';

describe('billing in the worker', () => {
  let world: BillingWorld;

  before(async () => {
    world = await startBillingWorld();
  });
  after(() => world.close());

  it('registers the nightly reconcile once, also when a second worker starts', async () => {
    const second = await startWorker(world.env.config);
    try {
      const schedulers = await billingQueue(world).getJobSchedulers();
      expect(schedulers.filter((s) => s.key === BILLING_RECONCILE_SCHEDULE || s.id === BILLING_RECONCILE_SCHEDULE)).toHaveLength(1);
      expect(schedulers[0]).toMatchObject({ name: JobName.BillingReconcile, pattern: '30 3 * * *', tz: 'UTC' });
    } finally {
      await second.close();
    }
  });

  it('runs the reconcile job from the queue and reports what it checked', async () => {
    const { subscriptionId, session } = await subscribedSeeker(world);
    world.stub.updateSubscription(subscriptionId, { status: 'unpaid' });
    const queue = billingQueue(world);
    const events = new QueueEvents(queue.name, { connection: queue.opts.connection, prefix: queue.opts.prefix });
    try {
      await events.waitUntilReady();
      const job = await queue.add(JobName.BillingReconcile, {});
      const report = await job.waitUntilFinished(events, 20_000);
      expect(report).toMatchObject({ checked: 1, changed: 1, failed: 0 });
    } finally {
      await events.close();
    }
    const entitlements = world.env.api.app.get(EntitlementsService);
    expect(await entitlements.forUser(session.user.id)).toMatchObject({ plan: 'free', ads: true, alertFrequencies: ['weekly'] });
  });
});
