import { Plan } from '@app/accounts';
import { grantsPlus } from './grants-plus.util';
import { PlanInput, PlanRules } from './subscription-state';

/** The user's plan: a pure function of their subscriptions and the configuration. */
export function planForSubscriptions(subscriptions: PlanInput[], rules: PlanRules, now: Date): Plan {
  return subscriptions.some((subscription) => grantsPlus(subscription, rules, now)) ? 'plus' : 'free';
}
