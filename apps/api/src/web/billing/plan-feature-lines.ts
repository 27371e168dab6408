import { BillingPlan } from '@app/billing';

/** What a plan gives, in words, from its configured limits (so a changed limit changes the page). */
export function planFeatureLines(plan: BillingPlan): string[] {
  const { features } = plan;
  const alerts = features.alertFrequencies.includes('daily') ? 'Daily or weekly job alerts' : 'Weekly job alerts';
  return [
    'Unlimited searches and applications',
    'Saved jobs and an application tracker',
    `${alerts}, up to ${features.maxAlerts}`,
    features.ads ? 'Ads beside jobs and guides' : 'No ads, anywhere',
    ...(features.featuredResume ? ['A featured resume, pinned in the talent directory'] : []),
    ...(features.customResumeUrl ? ['Your own resume address'] : []),
    ...(features.jobAdvice ? ['Job advice: jobs picked for your resume, each with its reasons, and your skill gap'] : []),
    ...(features.careerConsultant ? ['A personal career consultant to ask'] : []),
  ];
}

/** What Plus adds to Free, in words. */
export function plusOnlyLines(plans: BillingPlan[]): string[] {
  const free = planFeatureLines(plans.find((plan) => plan.id === 'free')!);
  return planFeatureLines(plans.find((plan) => plan.id === 'plus')!).filter((line) => !free.includes(line));
}
