import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { jobId, JobName } from '@app/queue';
import { buildStripeEvent, createSession } from '@app/testing';
import {
  BillingWorld,
  billingQueue,
  countEvents,
  customerIdOf,
  customerWithCheckout,
  deliver,
  deliverAndWait,
  eventRow,
  sleep,
  startBillingWorld,
  subscribedSeeker,
  subscriptionRows,
  summaryOf,
  waitForEvent,
} from './billing-test-kit';

describe('billing event processing', () => {
  let world: BillingWorld;

  before(async () => {
    world = await startBillingWorld();
  });
  after(() => world.close());

  const retrievals = (subscriptionId: string) => world.stub.requestsTo('GET', new RegExp(`^/v1/subscriptions/${subscriptionId}$`)).length;

  describe('case 3: duplicate deliveries', () => {
    it('processes an event delivered twice in sequence once, with one re-fetch', async () => {
      const { subscriptionId } = await subscribedSeeker(world);
      const before = retrievals(subscriptionId);
      const event = buildStripeEvent({ type: 'customer.subscription.updated', object: world.stub.subscription(subscriptionId) });
      expect((await deliver(world, event)).status).toBe(200);
      await waitForEvent(world, event.id as string);
      expect((await deliver(world, event)).status).toBe(200);
      await sleep(300);
      expect(await countEvents(world, event.id as string)).toBe(1);
      expect(await eventRow(world, event.id as string)).toMatchObject({ status: 'processed', attempts: 1 });
      expect(retrievals(subscriptionId) - before).toBe(1);
    });

    it('processes an event delivered twice at the same moment once, with one re-fetch', async () => {
      const { subscriptionId } = await subscribedSeeker(world);
      const before = retrievals(subscriptionId);
      const event = buildStripeEvent({ type: 'customer.subscription.updated', object: world.stub.subscription(subscriptionId) });
      const responses = await Promise.all([deliver(world, event), deliver(world, event), deliver(world, event)]);
      expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
      await waitForEvent(world, event.id as string);
      await sleep(300);
      expect(await countEvents(world, event.id as string)).toBe(1);
      expect(await eventRow(world, event.id as string)).toMatchObject({ status: 'processed', attempts: 1 });
      expect(retrievals(subscriptionId) - before).toBe(1);
    });
  });

  describe('case 4: out-of-order and stale events', () => {
    it('ends active and Plus when an older "created" (incomplete) arrives after "updated" (active)', async () => {
      const { session, customerId } = await customerWithCheckout(world);
      const created = world.stub.createSubscription({ customer: customerId, status: 'incomplete' });
      const active = world.stub.updateSubscription(created.id, { status: 'active' });
      const now = Math.floor(Date.now() / 1000);
      const newer = buildStripeEvent({ type: 'customer.subscription.updated', object: active, created: now });
      const older = buildStripeEvent({ type: 'customer.subscription.created', object: created, created: now - 60 });
      await deliver(world, newer);
      await deliver(world, older);
      await waitForEvent(world, newer.id as string);
      await waitForEvent(world, older.id as string);
      expect((await subscriptionRows(world, created.id))[0]).toMatchObject({ status: 'active' });
      expect(await summaryOf(session)).toMatchObject({ plan: 'plus', status: 'active' });
    });

    it('stays Free when a late "updated" saying active arrives after "deleted"', async () => {
      const { session, subscriptionId } = await subscribedSeeker(world);
      const wasActive = world.stub.subscription(subscriptionId);
      const canceled = world.stub.updateSubscription(subscriptionId, { status: 'canceled' });
      await deliverAndWait(world, 'customer.subscription.deleted', canceled);
      expect(await summaryOf(session)).toMatchObject({ plan: 'free', status: 'canceled' });
      await deliverAndWait(world, 'customer.subscription.updated', wasActive);
      expect(await summaryOf(session)).toMatchObject({ plan: 'free', status: 'canceled' });
      expect((await subscriptionRows(world, subscriptionId))[0]).toMatchObject({ status: 'canceled' });
    });
  });

  describe('case 5: Stripe failures while re-fetching', () => {
    it('skips an event whose object Stripe answers 404 for, with 200 and no retry storm', async () => {
      const { session, subscriptionId } = await subscribedSeeker(world);
      world.stub.setMissing(subscriptionId);
      const before = retrievals(subscriptionId);
      const event = buildStripeEvent({ type: 'customer.subscription.updated', object: world.stub.subscription(subscriptionId) });
      expect((await deliver(world, event)).status).toBe(200);
      const row = await waitForEvent(world, event.id as string, ['skipped', 'failed']);
      expect(row).toMatchObject({ status: 'skipped', attempts: 1 });
      const job = await billingQueue(world).getJob(jobId(JobName.BillingProcessEvent, event.id as string));
      expect(await job?.getState()).toBe('completed');
      await sleep(2500); // longer than the first BullMQ backoff
      expect(retrievals(subscriptionId) - before).toBe(1);
      expect(await summaryOf(session)).toMatchObject({ plan: 'plus' });
      world.stub.setMissing(subscriptionId, false);
    });

    it('keeps the error on a failed event, rolls its changes back, and succeeds on the retry after Stripe recovers', async () => {
      const seeker = await createSession(world.env.api);
      const customer = world.stub.createCustomerDirectly(seeker.user.email);
      const checkout = world.stub.createCheckoutSessionDirectly({ customer: customer.id, clientReferenceId: seeker.user.id });
      const completed = world.stub.completeCheckout(checkout.id, { status: 'active' });
      world.stub.failNext('GET', new RegExp(`^/v1/subscriptions/${completed.subscription}$`), { times: 1000 });

      const event = buildStripeEvent({ type: 'checkout.session.completed', object: completed });
      expect((await deliver(world, event)).status).toBe(200);
      const failed = await waitForEvent(world, event.id as string, ['failed']);
      expect(failed.last_error).toMatch(/Injected failure/);
      expect(await customerIdOf(world, seeker.user.id)).toBeNull(); // the customer link was rolled back
      expect(await subscriptionRows(world, completed.subscription)).toHaveLength(0);

      world.stub.recover();
      const processed = await waitForEvent(world, event.id as string, ['processed'], 30_000);
      expect(processed.attempts).toBeGreaterThanOrEqual(2);
      expect(processed.last_error).toBeNull();
      expect(await customerIdOf(world, seeker.user.id)).toBe(customer.id);
      expect(await summaryOf(seeker)).toMatchObject({ plan: 'plus', status: 'active' });
    });
  });
});
