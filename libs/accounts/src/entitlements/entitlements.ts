import { AppConfig } from '@app/config';

export type Plan = 'free' | 'plus';

export interface Entitlements {
  plan: Plan;
  ads: boolean;
  alertFrequencies: Array<'daily' | 'weekly'>;
  maxAlerts: number;
  featuredResume: boolean;
  customResumeUrl: boolean;
  careerConsultant: boolean;
  jobAdvice: boolean;
}

/** What a plan allows: plan limits are configuration (AppConfig.plans), not constants. */
export function entitlementsForPlan(plan: Plan, plans: AppConfig['plans']): Entitlements {
  const limits = plans[plan];
  return {
    plan,
    ads: limits.ads,
    alertFrequencies: [...limits.alertFrequencies],
    maxAlerts: limits.maxAlerts,
    featuredResume: limits.featuredResume,
    customResumeUrl: limits.customResumeUrl,
    careerConsultant: limits.careerConsultant,
    jobAdvice: limits.jobAdvice,
  };
}
