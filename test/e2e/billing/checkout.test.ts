import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { buildInvoice, createAdminSession, createSession } from '@app/testing';
import {
  BillingWorld,
  customerIdOf,
  customerWithCheckout,
  deliverAndWait,
  inDays,
  startBillingWorld,
  subscribedSeeker,
  subscriptionRows,
  summaryOf,
} from './billing-test-kit';

describe('billing checkout, sync and portal', () => {
  let world: BillingWorld;

  before(async () => {
    world = await startBillingWorld();
  });
  after(() => world.close());

  const sessionCreates = () => world.stub.requestsTo('POST', /^\/v1\/checkout\/sessions$/);
  const customerCreates = () => world.stub.requestsTo('POST', /^\/v1\/customers$/);

  describe('case 6: checkout.session.completed', () => {
    it('links the customer of a completed session and makes the user Plus', async () => {
      const seeker = await createSession(world.env.api);
      const customer = world.stub.createCustomerDirectly(seeker.user.email);
      const checkout = world.stub.createCheckoutSessionDirectly({ customer: customer.id, clientReferenceId: seeker.user.id });
      const completed = world.stub.completeCheckout(checkout.id, { status: 'active' });
      expect(await summaryOf(seeker)).toMatchObject({ plan: 'free', status: null });
      await deliverAndWait(world, 'checkout.session.completed', completed);
      expect(await customerIdOf(world, seeker.user.id)).toBe(customer.id);
      expect(await summaryOf(seeker)).toMatchObject({ plan: 'plus', status: 'active' });
    });

    for (const [label, reference] of [
      ['an unknown user id', randomUUID()],
      ['something that is no user id', 'not-a-user'],
    ] as const) {
      it(`does not crash and links nothing when client_reference_id is ${label}`, async () => {
        const customer = world.stub.createCustomerDirectly('stranger@example.test');
        const checkout = world.stub.createCheckoutSessionDirectly({ customer: customer.id, clientReferenceId: reference });
        const completed = world.stub.completeCheckout(checkout.id, { status: 'active' });
        const { row } = await deliverAndWait(world, 'checkout.session.completed', completed, ['processed', 'skipped', 'failed']);
        expect(row.status).toBe('skipped');
        const linked = await world.env.api.dataSource.query('SELECT 1 FROM billing_customers WHERE stripe_customer_id = $1', [customer.id]);
        expect(linked).toHaveLength(0);
        expect(await subscriptionRows(world, completed.subscription)).toHaveLength(0);
      });
    }

    it('keeps the user Free after an unpaid checkout with an incomplete subscription until invoice.paid', async () => {
      const { session, customerId, checkoutSessionId } = await customerWithCheckout(world);
      const completed = world.stub.completeCheckout(checkoutSessionId, { status: 'incomplete', paymentStatus: 'unpaid' });
      expect(completed.payment_status).toBe('unpaid');
      await deliverAndWait(world, 'checkout.session.completed', completed);
      expect(await summaryOf(session)).toMatchObject({ plan: 'free', status: 'incomplete' });

      const periodEnd = inDays(31);
      world.stub.updateSubscription(completed.subscription, { status: 'active', currentPeriodEnd: periodEnd });
      await deliverAndWait(world, 'invoice.paid', buildInvoice({ subscription: completed.subscription, customer: customerId, paid: true }));
      expect(await summaryOf(session)).toEqual({
        plan: 'plus',
        status: 'active',
        currentPeriodEnd: new Date(periodEnd * 1000).toISOString(),
        cancelAtPeriodEnd: false,
      });
    });
  });

  describe('case 7: POST /v1/billing/sync', () => {
    it('makes the user Plus before any webhook, and the later webhooks change and duplicate nothing', async () => {
      const { session, customerId, checkoutSessionId } = await customerWithCheckout(world);
      const completed = world.stub.completeCheckout(checkoutSessionId, { status: 'active' });

      const synced = await session.http.post('/v1/billing/sync', { sessionId: checkoutSessionId });
      expect(synced.status).toBe(200);
      expect(synced.body).toMatchObject({ plan: 'plus', status: 'active', cancelAtPeriodEnd: false });
      const [stored] = await subscriptionRows(world, completed.subscription);

      await deliverAndWait(world, 'checkout.session.completed', completed);
      await deliverAndWait(world, 'customer.subscription.created', world.stub.subscription(completed.subscription));
      const rows = await subscriptionRows(world, completed.subscription);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.updated_at).toEqual(stored!.updated_at);
      const all = await world.env.api.dataSource.query(
        'SELECT count(*)::int AS n FROM subscriptions s JOIN billing_customers c ON c.user_id = s.user_id WHERE c.stripe_customer_id = $1',
        [customerId],
      );
      expect(all[0].n).toBe(1);
      expect(await summaryOf(session)).toMatchObject({ plan: 'plus' });
    });

    it('answers 404 for the checkout session of another user and changes nothing', async () => {
      const owner = await customerWithCheckout(world);
      world.stub.completeCheckout(owner.checkoutSessionId, { status: 'active' });
      const intruder = await createSession(world.env.api);
      const response = await intruder.http.post('/v1/billing/sync', { sessionId: owner.checkoutSessionId });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await summaryOf(intruder)).toMatchObject({ plan: 'free' });
      expect(await summaryOf(owner.session)).toMatchObject({ plan: 'free' }); // nothing was applied for anyone
    });

    it('without a session id re-reads every subscription of the caller’s customer', async () => {
      const { session, customerId } = await customerWithCheckout(world);
      world.stub.createSubscription({ customer: customerId, status: 'trialing' });
      const response = await session.http.post('/v1/billing/sync', {});
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ plan: 'plus', status: 'trialing' });
    });

    it('rejects an unknown field and a malformed session id with 400 naming the field', async () => {
      const session = await createSession(world.env.api);
      const unknown = await session.http.post('/v1/billing/sync', { sessionId: 'cs_test_1', plan: 'plus' });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'plan' })]));
      const malformed = await session.http.post('/v1/billing/sync', { sessionId: '../cus_1' });
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'sessionId' })]));
    });
  });

  describe('case 8: POST /v1/billing/checkout', () => {
    it('creates exactly one Stripe customer for three concurrent checkouts, and every session carries it', async () => {
      const session = await createSession(world.env.api);
      const responses = await Promise.all([1, 2, 3].map(() => session.http.post('/v1/billing/checkout')));
      expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
      const customers = [...world.stub.customers.values()].filter((c) => c.metadata?.userId === session.user.id);
      expect(customers).toHaveLength(1);
      // one create call (the row lock), not three calls deduplicated by Stripe's idempotency
      expect(customerCreates().filter((r) => r.idempotencyKey === `customer-create-${session.user.id}`)).toHaveLength(1);
      const customerId = customers[0]!.id as string;
      expect(await customerIdOf(world, session.user.id)).toBe(customerId);
      const sessions = world.stub.sessionsOf(customerId);
      expect(sessions).toHaveLength(3);
      expect(responses.map((r) => r.body.url).sort()).toEqual(sessions.map((s) => s.url).sort());
      const bodies = sessionCreates().filter((r) => r.body.client_reference_id === session.user.id);
      expect(bodies).toHaveLength(3);
      for (const body of bodies.map((r) => r.body)) {
        expect(body).toMatchObject({
          mode: 'subscription',
          customer: customerId,
          client_reference_id: session.user.id,
          line_items: [{ price: 'price_plus', quantity: '1' }],
          subscription_data: { metadata: { userId: session.user.id } },
          success_url: 'http://localhost:3000/billing/success?session_id={CHECKOUT_SESSION_ID}',
        });
      }
    });

    it('answers 409 to a Plus user and creates no session', async () => {
      const { session } = await subscribedSeeker(world);
      const before = sessionCreates().length;
      const response = await session.http.post('/v1/billing/checkout');
      expect(response.status).toBe(409);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(sessionCreates().length).toBe(before);
    });

    it('retries after a Stripe 500 with the same idempotency key, and creates the customer under a deterministic key', async () => {
      const session = await createSession(world.env.api);
      world.stub.failNext('POST', /^\/v1\/customers$/);
      world.stub.failNext('POST', /^\/v1\/checkout\/sessions$/);
      const customersBefore = customerCreates().length;
      const sessionsBefore = sessionCreates().length;
      const response = await session.http.post('/v1/billing/checkout');
      expect(response.status).toBe(200);

      const customerCalls = customerCreates().slice(customersBefore);
      expect(customerCalls.map((r) => r.status)).toEqual([500, 200]);
      expect(customerCalls.map((r) => r.idempotencyKey)).toEqual([
        `customer-create-${session.user.id}`,
        `customer-create-${session.user.id}`,
      ]);
      const sessionCalls = sessionCreates().slice(sessionsBefore);
      expect(sessionCalls.map((r) => r.status)).toEqual([500, 200]);
      expect(sessionCalls[0]!.idempotencyKey).toBeTruthy();
      expect(sessionCalls[1]!.idempotencyKey).toBe(sessionCalls[0]!.idempotencyKey);
      expect([...world.stub.customers.values()].filter((c) => c.metadata?.userId === session.user.id)).toHaveLength(1);
    });

    it('rejects unknown fields in the body with 400', async () => {
      const session = await createSession(world.env.api);
      const response = await session.http.post('/v1/billing/checkout', { price: 'price_cheap' });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'price' })]);
      expect(await customerIdOf(world, session.user.id)).toBeNull();
    });

    it('is for seekers only and requires a token', async () => {
      expect((await world.env.api.http.post('/v1/billing/checkout')).status).toBe(401);
      const admin = await createAdminSession(world.env.api);
      expect((await admin.http.post('/v1/billing/checkout')).status).toBe(403);
    });
  });

  describe('GET /v1/billing/plans and POST /v1/billing/portal', () => {
    it('lists Free and Plus with price, currency, interval and features to anyone', async () => {
      const response = await world.env.api.http.get('/v1/billing/plans');
      expect(response.status).toBe(200);
      expect(response.body.items).toEqual([
        expect.objectContaining({
          id: 'free',
          price: 0,
          currency: 'USD',
          interval: null,
          features: expect.objectContaining({ ads: true, maxAlerts: 3 }),
        }),
        expect.objectContaining({
          id: 'plus',
          price: 8,
          currency: 'USD',
          interval: 'month',
          features: expect.objectContaining({ ads: false, maxAlerts: 20, alertFrequencies: ['daily', 'weekly'] }),
        }),
      ]);
    });

    it('refuses a query parameter the plans do not read with 400 naming it, rather than ignoring it', async () => {
      const response = await world.env.api.http.get('/v1/billing/plans?plan=plus');
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'plan' })]);
    });

    it('opens a portal session for the caller’s own customer only', async () => {
      const { session, customerId } = await customerWithCheckout(world);
      const response = await session.http.post('/v1/billing/portal');
      expect(response.status).toBe(200);
      const [created] = world.stub.requestsTo('POST', /^\/v1\/billing_portal\/sessions$/).slice(-1);
      expect(created!.body).toMatchObject({ customer: customerId, return_url: 'http://localhost:3000/billing' });
      expect(response.body.url).toMatch(/^https:\/\/billing\.stripe\.test\//);
    });

    it('answers 404 to a user without a billing account', async () => {
      const session = await createSession(world.env.api);
      const response = await session.http.post('/v1/billing/portal');
      expect(response.status).toBe(404);
    });
  });
});
