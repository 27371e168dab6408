import { AlertCriteria, AlertFrequency } from './alert-criteria';
import { JobAlert } from '../entities/job-alert.entity';
import { effectiveFrequency } from '../dispatch/served-alerts.util';

export interface AlertView {
  id: string;
  name: string;
  frequency: AlertFrequency;
  /** How the alert is served under the current plan (a daily alert of a Free user goes out weekly). */
  servedAs: AlertFrequency;
  criteria: AlertCriteria;
  paused: boolean;
  lastDigestAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export function toAlertView(alert: JobAlert, dailyAllowed: boolean): AlertView {
  return {
    id: alert.id,
    name: alert.name,
    frequency: alert.frequency,
    servedAs: effectiveFrequency(alert.frequency, dailyAllowed),
    criteria: alert.criteria,
    paused: alert.paused,
    lastDigestAt: alert.lastDigestAt?.toISOString() ?? null,
    createdAt: alert.createdAt.toISOString(),
    updatedAt: alert.updatedAt.toISOString(),
  };
}
