import { SubscriptionSummary } from '@app/billing';
import { Flash } from '../http/flash';
import { BillingPageModel } from '../views/pages/billing-page';
import { formatDate } from '../views/format';
import { PlanOffer } from './plan-offer';

const STATUS_WORDS: Record<string, string> = {
  active: 'Active',
  trialing: 'Trial',
  past_due: 'Payment overdue: Stripe is retrying your card',
  unpaid: 'Unpaid',
  canceled: 'Cancelled',
  incomplete: 'Waiting for the first payment',
  incomplete_expired: 'Checkout expired before payment',
  paused: 'Paused',
};

/** The subscription as a person reads it: the plan, what state it is in and what happens next. */
export function toBillingPageModel(
  summary: SubscriptionSummary,
  options: { offer: PlanOffer; plusFeatures: string[]; notice: Flash | null },
): BillingPageModel {
  const plus = summary.plan === 'plus';
  const periodEnd = summary.currentPeriodEnd ? formatDate(summary.currentPeriodEnd) : null;
  return {
    plan: plus ? 'Plus' : 'Free',
    status: summary.status === null ? null : (STATUS_WORDS[summary.status] ?? summary.status),
    nextStep:
      plus && periodEnd
        ? summary.cancelAtPeriodEnd
          ? `Ends on ${periodEnd}; you will not be charged again`
          : `Renews on ${periodEnd}`
        : null,
    offer: options.offer,
    // Anyone Stripe knows as a customer (a subscription, past or present) can see invoices and cards in the portal.
    canManage: summary.status !== null && options.offer.kind !== 'unavailable',
    plusFeatures: plus ? [] : options.plusFeatures,
    notice: options.notice,
  };
}
