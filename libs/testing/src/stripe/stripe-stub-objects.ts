import { randomBytes } from 'node:crypto';

/** Stripe-shaped objects (API 2025+ shapes: the period lives on the subscription item). */
export type StubObject = Record<string, any>;

export function stubId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('hex')}`;
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

export interface StubSubscriptionInput {
  id?: string;
  customer: string;
  status?: string;
  price?: string;
  currentPeriodStart?: number;
  currentPeriodEnd?: number;
  cancelAtPeriodEnd?: boolean;
  cancelAt?: number | null;
  metadata?: Record<string, string>;
}

export function buildSubscription(input: StubSubscriptionInput): StubObject {
  const start = input.currentPeriodStart ?? nowSeconds();
  const id = input.id ?? stubId('sub');
  return {
    id,
    object: 'subscription',
    customer: input.customer,
    status: input.status ?? 'active',
    cancel_at_period_end: input.cancelAtPeriodEnd ?? false,
    cancel_at: input.cancelAt ?? null,
    canceled_at: null,
    ended_at: null,
    created: start,
    start_date: start,
    livemode: false,
    metadata: input.metadata ?? {},
    items: {
      object: 'list',
      has_more: false,
      url: `/v1/subscription_items?subscription=${id}`,
      data: [
        {
          id: stubId('si'),
          object: 'subscription_item',
          subscription: id,
          quantity: 1,
          current_period_start: start,
          current_period_end: input.currentPeriodEnd ?? start + 30 * 24 * 3600,
          price: { id: input.price ?? 'price_plus', object: 'price', currency: 'usd', unit_amount: 800, recurring: { interval: 'month' } },
        },
      ],
    },
  };
}

/** Applies a partial change to a stored subscription, keeping the Stripe shape. */
export function patchSubscription(subscription: StubObject, patch: Partial<StubSubscriptionInput>): void {
  const item = subscription.items.data[0];
  if (patch.status !== undefined) subscription.status = patch.status;
  if (patch.price !== undefined) item.price = { ...item.price, id: patch.price };
  if (patch.currentPeriodStart !== undefined) item.current_period_start = patch.currentPeriodStart;
  if (patch.currentPeriodEnd !== undefined) item.current_period_end = patch.currentPeriodEnd;
  if (patch.cancelAtPeriodEnd !== undefined) subscription.cancel_at_period_end = patch.cancelAtPeriodEnd;
  if (patch.cancelAt !== undefined) subscription.cancel_at = patch.cancelAt;
  if (patch.metadata !== undefined) subscription.metadata = patch.metadata;
  if (patch.status === 'canceled') {
    subscription.canceled_at ??= nowSeconds();
    subscription.ended_at ??= nowSeconds();
  }
}

export function buildInvoice(input: { subscription: string; customer: string; attemptCount?: number; id?: string; paid?: boolean }) {
  return {
    id: input.id ?? stubId('in'),
    object: 'invoice',
    customer: input.customer,
    attempt_count: input.attemptCount ?? 1,
    status: input.paid ? 'paid' : 'open',
    livemode: false,
    parent: {
      type: 'subscription_details',
      quote_details: null,
      subscription_details: { metadata: {}, subscription: input.subscription },
    },
  };
}
