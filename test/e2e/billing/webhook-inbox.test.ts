import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { jobId, JobName } from '@app/queue';
import { buildStripeEvent, signStripePayload, startApi, testConfig } from '@app/testing';
import {
  BillingWorld,
  billingQueue,
  countEvents,
  deliver,
  eventRow,
  sleep,
  startBillingWorld,
  stripeEnv,
  waitForEvent,
} from './billing-test-kit';

function subscriptionEvent(type = 'customer.subscription.updated'): Record<string, unknown> {
  return buildStripeEvent({ type, object: { id: 'sub_unknown', object: 'subscription', status: 'active', customer: 'cus_unknown' } });
}

describe('billing webhook inbox', () => {
  let world: BillingWorld;

  before(async () => {
    world = await startBillingWorld();
  });
  after(() => world.close());

  describe('case 1: signature verification', () => {
    it('accepts a valid signature with 200, stores one inbox row and queues one job', async () => {
      const event = subscriptionEvent();
      const response = await deliver(world, event);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ received: true });
      expect(await countEvents(world, event.id as string)).toBe(1);
      const job = await billingQueue(world).getJob(jobId(JobName.BillingProcessEvent, event.id as string));
      expect(job?.data).toEqual({ eventId: event.id });
      await waitForEvent(world, event.id as string, ['processed', 'skipped']);
      const jobs = await billingQueue(world).getJobs(['completed', 'waiting', 'active', 'delayed', 'failed']);
      expect(jobs.filter((j) => j.data.eventId === event.id)).toHaveLength(1);
    });

    it('answers 400 problem+json and stores nothing for a tampered body', async () => {
      const event = subscriptionEvent();
      const payload = JSON.stringify(event);
      const tampered = payload.replace('"active"', '"canceled"');
      const response = await deliver(world, event, { body: tampered, signature: signStripePayload(payload, 'whsec_a') });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await countEvents(world, event.id as string)).toBe(0);
    });

    it('answers 400 and stores nothing for a wrong secret or a missing header', async () => {
      const wrong = subscriptionEvent();
      expect((await deliver(world, wrong, { secrets: ['whsec_wrong'] })).status).toBe(400);
      const unsigned = subscriptionEvent();
      expect((await deliver(world, unsigned, { signature: null })).status).toBe(400);
      expect(await countEvents(world, wrong.id as string)).toBe(0);
      expect(await countEvents(world, unsigned.id as string)).toBe(0);
    });

    it('refuses a timestamp 301 s old and accepts one 299 s old', async () => {
      const now = Math.floor(Date.now() / 1000);
      const stale = subscriptionEvent();
      expect((await deliver(world, stale, { timestamp: now - 301 })).status).toBe(400);
      expect(await countEvents(world, stale.id as string)).toBe(0);
      const fresh = subscriptionEvent();
      expect((await deliver(world, fresh, { timestamp: now - 299 })).status).toBe(200);
      expect(await countEvents(world, fresh.id as string)).toBe(1);
    });
  });

  describe('case 2: events that are not processed', () => {
    it('answers 200 to a livemode mismatch and does not process it', async () => {
      const event = buildStripeEvent({
        type: 'customer.subscription.updated',
        object: { id: 'sub_live', object: 'subscription', customer: 'cus_live' },
        livemode: true,
      });
      expect((await deliver(world, event)).status).toBe(200);
      expect(await eventRow(world, event.id as string)).toMatchObject({ status: 'skipped', last_error: expect.stringMatching(/livemode/) });
      expect(await billingQueue(world).getJob(jobId(JobName.BillingProcessEvent, event.id as string))).toBeUndefined();
      await sleep(200);
      expect(world.stub.requestsTo('GET', /sub_live/)).toHaveLength(0);
    });

    it('answers 200 to an unknown event type and stores it as skipped', async () => {
      const event = buildStripeEvent({ type: 'charge.succeeded', object: { id: 'ch_1', object: 'charge', customer: 'cus_x' } });
      expect((await deliver(world, event)).status).toBe(200);
      expect(await eventRow(world, event.id as string)).toMatchObject({ status: 'skipped' });
      expect(await billingQueue(world).getJob(jobId(JobName.BillingProcessEvent, event.id as string))).toBeUndefined();
    });
  });

  // Last in the file: a second API in this process replaces passport's global "jwt" strategy,
  // so authenticated calls must not follow (the webhook itself is public).
  describe('case 1: secret rotation', () => {
    it('accepts a header signed with the old and the new secret whichever one alone is configured', async () => {
      for (const secret of ['whsec_a', 'whsec_b']) {
        const config = testConfig(world.env.db.url, stripeEnv(world.stub, world.sink, { STRIPE_WEBHOOK_SECRET: secret }));
        const api = await startApi(config);
        try {
          const event = subscriptionEvent();
          const response = await deliver({ env: { ...world.env, api } }, event, { secrets: ['whsec_a', 'whsec_b'] });
          expect(response.status).toBe(200);
          expect(await countEvents(world, event.id as string)).toBe(1);
          const other = subscriptionEvent();
          const onlyOther = secret === 'whsec_a' ? ['whsec_b'] : ['whsec_a'];
          expect((await deliver({ env: { ...world.env, api } }, other, { secrets: onlyOther })).status).toBe(400);
        } finally {
          await api.close();
        }
      }
    });
  });
});
