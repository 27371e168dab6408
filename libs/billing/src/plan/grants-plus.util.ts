import { PlanInput, PlanRules } from './subscription-state';

/**
 * SPEC §8: Plus while `active` or `trialing` (also when cancelling at period end, until that end
 * passes) and while `past_due` if configured so; every other status, another price, or a
 * scheduled cancellation already reached grants nothing.
 */
export function grantsPlus(subscription: PlanInput, rules: PlanRules, now: Date): boolean {
  if (rules.plusPriceId === null || subscription.priceId !== rules.plusPriceId) return false;
  if (subscription.cancelAt !== null && subscription.cancelAt.getTime() <= now.getTime()) return false;
  const periodOver = subscription.currentPeriodEnd !== null && subscription.currentPeriodEnd.getTime() <= now.getTime();
  if (subscription.cancelAtPeriodEnd && periodOver) return false;
  switch (subscription.status) {
    case 'active':
    case 'trialing':
      return true;
    case 'past_due':
      return rules.pastDueGrantsPlus;
    default:
      return false;
  }
}
