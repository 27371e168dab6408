import { grantsPlus } from './grants-plus.util';
import { PlanInput, PlanRules } from './subscription-state';

/** The subscription to show the user: the one granting Plus, else the one that ends last. */
export function currentSubscription<T extends PlanInput & { createdAt: Date }>(subscriptions: T[], rules: PlanRules, now: Date): T | null {
  const granting = subscriptions.find((subscription) => grantsPlus(subscription, rules, now));
  if (granting) return granting;
  return [...subscriptions].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0] ?? null;
}
