import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { EntitlementsService } from '@app/accounts';
import { buildInvoice, buildStripeEvent, decodeMailText, Session, startWorker, testConfig } from '@app/testing';
import {
  BillingWorld,
  customerWithCheckout,
  deliver,
  deliverAndWait,
  inDays,
  reconciler,
  sleep,
  startBillingWorld,
  stripeEnv,
  subscribedSeeker,
  subscriptionRows,
  summaryOf,
  waitForEvent,
} from './billing-test-kit';

const PLUS_ME = {
  plan: 'plus',
  ads: false,
  entitlements: { alertFrequencies: ['daily', 'weekly'], maxAlerts: 20, featuredResume: true, customResumeUrl: true },
};
const FREE_ME = {
  plan: 'free',
  ads: true,
  entitlements: { alertFrequencies: ['weekly'], maxAlerts: 3, featuredResume: false, customResumeUrl: false },
};

describe('billing subscription lifecycle', () => {
  let world: BillingWorld;

  before(async () => {
    world = await startBillingWorld();
  });
  after(() => world.close());

  async function me(session: Session): Promise<Record<string, unknown>> {
    const response = await session.http.get('/v1/me');
    expect(response.status).toBe(200);
    return response.body;
  }

  /** Changes the subscription at Stripe and delivers the matching webhook. */
  async function stripeChanges(
    subscriptionId: string,
    patch: Parameters<BillingWorld['stub']['updateSubscription']>[1],
    type = 'customer.subscription.updated',
  ) {
    const object = world.stub.updateSubscription(subscriptionId, patch);
    await deliverAndWait(world, type, object);
  }

  describe('case 9: status changes', () => {
    it('keeps Plus while past_due, and not when BILLING_PAST_DUE_GRANTS_PLUS is off', async () => {
      const { session, subscriptionId } = await subscribedSeeker(world);
      await stripeChanges(subscriptionId, { status: 'past_due' });
      expect(await me(session)).toMatchObject(PLUS_ME);

      // A second process with the flag off reads the same rows (a worker: an api would replace passport's global strategy).
      const strict = await startWorker(
        testConfig(world.env.db.url, stripeEnv(world.stub, world.sink, { BILLING_PAST_DUE_GRANTS_PLUS: 'false' })),
      );
      try {
        expect(await strict.get(EntitlementsService).forUser(session.user.id)).toMatchObject({ plan: 'free', ads: true });
      } finally {
        await strict.close();
      }
    });

    for (const [status, type] of [
      ['unpaid', 'customer.subscription.updated'],
      ['canceled', 'customer.subscription.deleted'],
      ['paused', 'customer.subscription.paused'],
    ] as const) {
      it(`downgrades to Free with every downgrade effect when the subscription becomes ${status}`, async () => {
        const { session, subscriptionId } = await subscribedSeeker(world);
        expect(await me(session)).toMatchObject(PLUS_ME);
        await stripeChanges(subscriptionId, { status }, type);
        expect(await me(session)).toMatchObject(FREE_ME);
        expect(await summaryOf(session)).toMatchObject({ plan: 'free', status });
        expect(await subscriptionRows(world, subscriptionId)).toHaveLength(1); // nothing is deleted
      });
    }

    it('recovers Plus on invoice.paid with the new period end read from the subscription items', async () => {
      const { session, customerId, subscriptionId } = await subscribedSeeker(world);
      await stripeChanges(subscriptionId, { status: 'unpaid' });
      expect(await me(session)).toMatchObject(FREE_ME);

      const periodEnd = inDays(62);
      world.stub.updateSubscription(subscriptionId, { status: 'active', currentPeriodStart: inDays(31), currentPeriodEnd: periodEnd });
      await deliverAndWait(world, 'invoice.paid', buildInvoice({ subscription: subscriptionId, customer: customerId, paid: true }));
      expect(await me(session)).toMatchObject(PLUS_ME);
      expect(await summaryOf(session)).toMatchObject({
        plan: 'plus',
        status: 'active',
        currentPeriodEnd: new Date(periodEnd * 1000).toISOString(),
      });
    });

    it('keeps Plus with cancel_at_period_end until the period ends, and after reactivation', async () => {
      const { session, subscriptionId } = await subscribedSeeker(world);
      await stripeChanges(subscriptionId, { cancelAtPeriodEnd: true });
      expect(await summaryOf(session)).toMatchObject({ plan: 'plus', status: 'active', cancelAtPeriodEnd: true });

      await stripeChanges(subscriptionId, { cancelAtPeriodEnd: false });
      expect(await summaryOf(session)).toMatchObject({ plan: 'plus', status: 'active', cancelAtPeriodEnd: false });

      await stripeChanges(subscriptionId, { cancelAtPeriodEnd: true, currentPeriodEnd: Math.floor(Date.now() / 1000) - 60 });
      expect(await summaryOf(session)).toMatchObject({ plan: 'free', cancelAtPeriodEnd: true });
    });
  });

  describe('case 10: invoice.payment_failed', () => {
    const mailsTo = (email: string) => world.sink.to(email).filter((m) => /update your card/i.test(decodeMailText(m.raw)));

    it('sends exactly one "update your card" mail per invoice attempt, also after redelivery', async () => {
      const { session, customerId, subscriptionId } = await subscribedSeeker(world);
      world.stub.updateSubscription(subscriptionId, { status: 'past_due' });
      const invoice = buildInvoice({ subscription: subscriptionId, customer: customerId, attemptCount: 1 });
      const event = buildStripeEvent({ type: 'invoice.payment_failed', object: invoice });
      await deliver(world, event);
      await waitForEvent(world, event.id as string);
      await world.sink.waitFor((m) => m.to.includes(session.user.email));
      await deliver(world, event);
      // Stripe may also send the same attempt again under a new event id
      await deliverAndWait(world, 'invoice.payment_failed', invoice);
      await sleep(1000);
      const mails = mailsTo(session.user.email);
      expect(mails).toHaveLength(1);
      const text = decodeMailText(mails[0]!.raw);
      expect(text).toContain('http://localhost:3000/billing/portal');
      expect(mails[0]!.raw).toMatch(/multipart\/alternative/);

      await deliverAndWait(world, 'invoice.payment_failed', { ...invoice, attempt_count: 2 });
      await world.sink.waitFor((m) => m.to.includes(session.user.email), 2);
      await sleep(500);
      expect(mailsTo(session.user.email)).toHaveLength(2);
    });

    it('sends no mail while the subscription is still incomplete', async () => {
      const { session, customerId, checkoutSessionId } = await customerWithCheckout(world);
      const completed = world.stub.completeCheckout(checkoutSessionId, { status: 'incomplete' });
      await deliverAndWait(world, 'invoice.payment_failed', buildInvoice({ subscription: completed.subscription, customer: customerId }));
      await sleep(1000);
      expect(world.sink.to(session.user.email)).toHaveLength(0);
    });
  });

  describe('case 11: price checks and reconcile', () => {
    it('keeps a subscription to another price Free', async () => {
      const { session, customerId } = await customerWithCheckout(world);
      const other = world.stub.createSubscription({ customer: customerId, status: 'active', price: 'price_other' });
      await deliverAndWait(world, 'customer.subscription.created', other);
      expect(await summaryOf(session)).toMatchObject({ plan: 'free' });
      expect((await subscriptionRows(world, other.id))[0]).toMatchObject({ price_id: 'price_other', status: 'active' });
    });

    it('reconcile fixes drift without webhooks, and a second run writes nothing', async () => {
      const drifted = await subscribedSeeker(world);
      world.stub.updateSubscription(drifted.subscriptionId, { status: 'canceled' }); // the webhook was lost
      const missed = await customerWithCheckout(world);
      world.stub.completeCheckout(missed.checkoutSessionId, { status: 'active' }); // never announced

      const first = await reconciler(world).reconcile();
      expect(first.changed).toBeGreaterThanOrEqual(2);
      expect(await summaryOf(drifted.session)).toMatchObject({ plan: 'free', status: 'canceled' });
      expect(await summaryOf(missed.session)).toMatchObject({ plan: 'plus', status: 'active' });

      const stamp = async () =>
        (await world.env.api.dataSource.query('SELECT max(updated_at) AS at, count(*)::int AS n FROM subscriptions'))[0] as {
          at: Date;
          n: number;
        };
      const before = await stamp();
      const second = await reconciler(world).reconcile();
      expect(second.changed).toBe(0);
      expect(second.checked).toBeGreaterThan(0);
      expect(await stamp()).toEqual(before);
    });
  });

  describe('case 12: what the user sees', () => {
    it('GET /v1/me shows plan, ads and entitlements from the plan rules', async () => {
      const { session: free } = await customerWithCheckout(world);
      expect(await me(free)).toMatchObject(FREE_ME);
      const { session: plus } = await subscribedSeeker(world);
      expect(await me(plus)).toMatchObject(PLUS_ME);
    });

    it('GET /v1/me/subscription shows status and the period end', async () => {
      const { session, subscriptionId } = await subscribedSeeker(world, 'trialing');
      const periodEnd = world.stub.subscription(subscriptionId).items.data[0].current_period_end as number;
      expect(await summaryOf(session)).toEqual({
        plan: 'plus',
        status: 'trialing',
        currentPeriodEnd: new Date(periodEnd * 1000).toISOString(),
        cancelAtPeriodEnd: false,
      });
      const anonymous = await world.env.api.http.get('/v1/me/subscription');
      expect(anonymous.status).toBe(401);
    });
  });
});
