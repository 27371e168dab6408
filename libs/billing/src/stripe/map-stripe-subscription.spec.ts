import { describe, it } from 'node:test';
import { expect } from 'expect';
import Stripe from 'stripe';
import { mapStripeSubscription } from './map-stripe-subscription.util';

describe('mapStripeSubscription', () => {
  it('reads the period from the first item and the price id', () => {
    const subscription = {
      id: 'sub_1',
      customer: 'cus_1',
      status: 'active',
      cancel_at_period_end: true,
      cancel_at: 1_900_000_000,
      ended_at: null,
      items: { data: [{ current_period_start: 1_800_000_000, current_period_end: 1_802_592_000, price: { id: 'price_plus' } }] },
    } as unknown as Stripe.Subscription;
    expect(mapStripeSubscription(subscription)).toEqual({
      stripeSubscriptionId: 'sub_1',
      stripeCustomerId: 'cus_1',
      status: 'active',
      priceId: 'price_plus',
      cancelAtPeriodEnd: true,
      cancelAt: new Date(1_900_000_000 * 1000),
      currentPeriodStart: new Date(1_800_000_000 * 1000),
      currentPeriodEnd: new Date(1_802_592_000 * 1000),
      endedAt: null,
    });
  });

  it('accepts an expanded customer and a subscription without items', () => {
    const subscription = {
      id: 'sub_2',
      customer: { id: 'cus_2' },
      status: 'canceled',
      items: { data: [] },
    } as unknown as Stripe.Subscription;
    expect(mapStripeSubscription(subscription)).toMatchObject({ stripeCustomerId: 'cus_2', priceId: null, currentPeriodEnd: null });
  });
});
