import Stripe from 'stripe';
import { SubscriptionState } from '../plan/subscription-state';

const toDate = (seconds: number | null | undefined): Date | null => (typeof seconds === 'number' ? new Date(seconds * 1000) : null);

/** Stripe subscription → the state we store. Since API 2025-03 the period lives on the first item. */
export function mapStripeSubscription(subscription: Stripe.Subscription): SubscriptionState {
  const item = subscription.items?.data?.[0];
  return {
    stripeSubscriptionId: subscription.id,
    stripeCustomerId: typeof subscription.customer === 'string' ? subscription.customer : subscription.customer.id,
    status: subscription.status,
    priceId: item?.price?.id ?? null,
    cancelAtPeriodEnd: subscription.cancel_at_period_end === true,
    cancelAt: toDate(subscription.cancel_at),
    currentPeriodStart: toDate(item?.current_period_start),
    currentPeriodEnd: toDate(item?.current_period_end),
    endedAt: toDate(subscription.ended_at),
  };
}
