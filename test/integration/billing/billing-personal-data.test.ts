import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { User } from '@app/accounts';
import { BillingPersonalDataSource } from '@app/billing';
import { DomainError, ErrorCode } from '@app/common';
import { buildInvoice } from '@app/testing';
import {
  BillingWorld,
  customerWithCheckout,
  deliverAndWait,
  startBillingWorld,
  subscribedSeeker,
  subscriptionRows,
} from '../../e2e/billing/billing-test-kit';

/** Billing's personal-data source, driven the way accounts drives every source (one transaction, then the user row). */
describe('billing personal data', () => {
  let world: BillingWorld;
  let source: BillingPersonalDataSource;

  before(async () => {
    world = await startBillingWorld();
    source = world.env.api.app.get(BillingPersonalDataSource);
  });
  after(() => world.close());

  const count = async (table: string, column: string, value: string): Promise<number> =>
    (await world.env.api.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [value]))[0].n;

  const exportOf = (userId: string) => world.env.api.dataSource.transaction((manager) => source.exportFor(userId, manager));

  const erase = (userId: string) =>
    world.env.api.dataSource.transaction(async (manager) => {
      await source.eraseFor(userId, manager);
      await manager.getRepository(User).delete({ id: userId });
    });

  it('exports the customer, subscriptions, checkout sessions, payment-failure mails and events of the user', async () => {
    const { session, customerId, subscriptionId, checkoutSessionId } = await subscribedSeeker(world);
    world.stub.updateSubscription(subscriptionId, { status: 'past_due' });
    await deliverAndWait(
      world,
      'invoice.payment_failed',
      buildInvoice({ subscription: subscriptionId, customer: customerId, id: 'in_export' }),
    );
    expect(await exportOf(session.user.id)).toMatchObject({
      stripeCustomerId: customerId,
      subscriptions: [expect.objectContaining({ stripeSubscriptionId: subscriptionId, status: 'past_due', priceId: 'price_plus' })],
      checkoutSessions: [expect.objectContaining({ stripeSessionId: checkoutSessionId })],
      paymentFailureMails: [expect.objectContaining({ stripeInvoiceId: 'in_export', attemptCount: 1 })],
      stripeEvents: expect.arrayContaining([expect.objectContaining({ type: 'invoice.payment_failed', status: 'processed' })]),
    });
  });

  it('cancels the subscription at Stripe and deletes every billing row on erasure', async () => {
    const { session, customerId, subscriptionId } = await subscribedSeeker(world);
    await erase(session.user.id);
    expect(world.stub.requestsTo('DELETE', new RegExp(`^/v1/subscriptions/${subscriptionId}$`))).toHaveLength(1);
    expect(world.stub.subscription(subscriptionId).status).toBe('canceled');
    expect(await subscriptionRows(world, subscriptionId)).toHaveLength(0);
    expect(await count('billing_customers', 'stripe_customer_id', customerId)).toBe(0);
    expect(await count('checkout_attempts', 'user_id', session.user.id)).toBe(0);
    expect(await count('stripe_events', 'customer_id', customerId)).toBe(0);

    // Stripe's own "deleted" webhook arriving afterwards stores nothing for the erased user.
    const late = world.stub.subscription(subscriptionId);
    const { row } = await deliverAndWait(world, 'customer.subscription.deleted', late, ['processed', 'skipped']);
    expect(row.status).toBe('skipped');
    expect(await subscriptionRows(world, subscriptionId)).toHaveLength(0);
  });

  it('treats a subscription already gone at Stripe as cancelled', async () => {
    const { session, subscriptionId } = await subscribedSeeker(world);
    world.stub.setMissing(subscriptionId);
    await erase(session.user.id);
    expect(await subscriptionRows(world, subscriptionId)).toHaveLength(0);
  });

  it('aborts the erasure with 503 when Stripe cannot cancel, so nobody is billed for a deleted account', async () => {
    const { session, subscriptionId } = await subscribedSeeker(world);
    world.stub.failNext('DELETE', new RegExp(`^/v1/subscriptions/${subscriptionId}$`), { times: 100 });
    world.stub.failNext('GET', new RegExp(`^/v1/subscriptions/${subscriptionId}$`), { times: 100 });
    const failure = await erase(session.user.id).catch((error: unknown) => error);
    world.stub.recover();
    expect(failure).toBeInstanceOf(DomainError);
    expect((failure as DomainError).code).toBe(ErrorCode.Unavailable);
    expect(await subscriptionRows(world, subscriptionId)).toHaveLength(1);
    expect(await count('users', 'id', session.user.id)).toBe(1);
  });

  it('erases a user who only started a checkout', async () => {
    const { session, customerId } = await customerWithCheckout(world);
    await erase(session.user.id);
    expect(await count('billing_customers', 'stripe_customer_id', customerId)).toBe(0);
  });
});
