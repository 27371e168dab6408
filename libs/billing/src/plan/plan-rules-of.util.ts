import { AppConfig } from '@app/config';
import { PlanRules } from './subscription-state';

export function planRulesOf(config: AppConfig): PlanRules {
  return { plusPriceId: config.stripe?.pricePlus ?? null, pastDueGrantsPlus: config.billing.pastDueGrantsPlus };
}
