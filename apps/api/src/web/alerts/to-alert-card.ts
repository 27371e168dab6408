import { AlertLimits, AlertView } from '@app/alerts';
import { PlanLimits } from '@app/config';
import { formatDate, plural } from '../views/format';
import { AlertCardModel, AlertLimitsModel } from '../views/pages/alerts-page';
import { describeCriteria } from './describe-criteria';

const FREQUENCY_NAMES = { daily: 'Daily', weekly: 'Weekly' } as const;

export function toAlertCard(alert: AlertView): AlertCardModel {
  return {
    id: alert.id,
    name: alert.name,
    frequency: FREQUENCY_NAMES[alert.frequency],
    servedNote: alert.servedAs !== alert.frequency ? `Sent ${alert.servedAs} for now: ${alert.frequency} alerts need the Plus plan.` : null,
    criteria: describeCriteria(alert.criteria),
    lastSent: alert.lastDigestAt ? formatDate(alert.lastDigestAt) : null,
    paused: alert.paused,
  };
}

function frequencies(limits: { frequencies: readonly string[] }): string {
  return limits.frequencies.includes('daily') ? 'daily or weekly alerts' : 'weekly alerts';
}

/** "2 of 3 alerts", what the plan allows, and (on Free) what Plus would. */
export function toAlertLimits(limits: AlertLimits, plus: PlanLimits): AlertLimitsModel {
  const planName = limits.plan === 'plus' ? 'Plus' : 'Free';
  return {
    usage: `${limits.used} of ${plural(limits.max, 'alert')}`,
    plan: `Your ${planName} plan has ${frequencies(limits)}, up to ${limits.max}.`,
    upgrade: limits.plan === 'plus' ? null : `Plus has ${frequencies({ frequencies: plus.alertFrequencies })}, up to ${plus.maxAlerts}.`,
    atLimit: limits.used >= limits.max,
  };
}
