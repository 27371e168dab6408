/** A subscription's absolute state as read from Stripe (see mapStripeSubscription). */
export interface SubscriptionState {
  stripeSubscriptionId: string;
  stripeCustomerId: string;
  status: string;
  priceId: string | null;
  cancelAtPeriodEnd: boolean;
  cancelAt: Date | null;
  currentPeriodStart: Date | null;
  currentPeriodEnd: Date | null;
  endedAt: Date | null;
}

/** What the plan rules read from the configuration. */
export interface PlanRules {
  /** STRIPE_PRICE_PLUS; null when billing is not configured (then nothing grants Plus). */
  plusPriceId: string | null;
  pastDueGrantsPlus: boolean;
}

export type PlanInput = Pick<SubscriptionState, 'status' | 'priceId' | 'cancelAtPeriodEnd' | 'cancelAt' | 'currentPeriodEnd'>;
