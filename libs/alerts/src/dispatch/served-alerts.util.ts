import { AlertFrequency } from '../alerts/alert-criteria';

/**
 * Which of a user's active alerts a run of `runFrequency` serves: daily alerts go out daily only
 * while the plan allows daily; otherwise they ride along with the weekly digest (nothing deleted).
 */
export function servedAlerts<T extends { frequency: AlertFrequency }>(
  alerts: T[],
  runFrequency: AlertFrequency,
  dailyAllowed: boolean,
): T[] {
  if (runFrequency === 'daily') return dailyAllowed ? alerts.filter((alert) => alert.frequency === 'daily') : [];
  return alerts.filter((alert) => alert.frequency === 'weekly' || !dailyAllowed);
}

/** The alert frequencies a run of `runFrequency` has to look at before plans are known. */
export function candidateFrequencies(runFrequency: AlertFrequency): AlertFrequency[] {
  return runFrequency === 'daily' ? ['daily'] : ['daily', 'weekly'];
}

/** How an alert is actually served today under the user's plan. */
export function effectiveFrequency(frequency: AlertFrequency, dailyAllowed: boolean): AlertFrequency {
  return frequency === 'daily' && !dailyAllowed ? 'weekly' : frequency;
}
