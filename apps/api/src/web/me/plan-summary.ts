import { MeView } from '@app/accounts';
import { PlanSummary } from '../views/pages/me-page';

function alertsInWords(entitlements: MeView['entitlements']): string {
  const frequencies = entitlements.alertFrequencies.includes('daily') ? 'Daily or weekly' : 'Weekly';
  return `${frequencies} job alerts, up to ${entitlements.maxAlerts}`;
}

/** What the user's plan gives, in words, from the entitlements of the one plan source. */
export function planSummary(me: MeView): PlanSummary {
  const perks = [alertsInWords(me.entitlements), me.ads ? 'Ads shown on job and guide pages' : 'No ads anywhere'];
  if (me.entitlements.featuredResume) perks.push('Featured, pinned resume in the talent directory');
  if (me.entitlements.customResumeUrl) perks.push('Your own resume address');
  return { name: me.plan === 'plus' ? 'Plus' : 'Free', perks };
}
