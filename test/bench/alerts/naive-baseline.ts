import { DataSource } from 'typeorm';
import { AlertCriteria } from '@app/alerts';
import { buildSearchConditions, openListingCondition, SqlParams } from '@app/jobs';
import { inLanes } from '../bench-env';
import { BENCH_EMAIL_DOMAIN } from './seed-alert-subscribers';

export interface BaselineResult {
  alerts: number;
  seconds: number;
  alertsPerSecond: number;
  /** Alerts a weekly run serves per subscriber, to turn alerts/s into subscribers/s. */
  alertsPerSubscriber: number;
  subscribersPerSecond: number;
}

/**
 * The naive design kept as the baseline: one query per alert (criteria + open + first published
 * after the alert's cursor + not in the ledger, newest 21), over a random sample of the alerts a
 * weekly run serves, on `lanes` connections (the same parallelism the worker's batches get).
 */
export async function naiveBaseline(
  dataSource: DataSource,
  usdRates: Record<string, number>,
  sample: number,
  lanes: number,
): Promise<BaselineResult> {
  const pattern = `%@${BENCH_EMAIL_DOMAIN}`;
  const served = `a.paused = false AND (a.frequency = 'weekly' OR NOT EXISTS (
      SELECT 1 FROM subscriptions s WHERE s.user_id = a.user_id AND s.status = 'active'))`;
  const alerts: Array<{ user_id: string; criteria: AlertCriteria; cursor_at: Date }> = await dataSource.query(
    `SELECT a.user_id, a.criteria, a.cursor_at FROM job_alerts a JOIN users u ON u.id = a.user_id
     WHERE u.email LIKE $1 AND ${served} ORDER BY md5(a.id::text) LIMIT $2`,
    [pattern, sample],
  );
  const [ratio] = await dataSource.query(
    `SELECT count(*)::float / count(DISTINCT a.user_id) AS per FROM job_alerts a JOIN users u ON u.id = a.user_id WHERE u.email LIKE $1 AND ${served}`,
    [pattern],
  );
  const seconds = await inLanes(alerts, lanes, async (alert) => {
    const params = new SqlParams();
    const conditions = [
      openListingCondition('l'),
      `l.first_published_at > ${params.add(alert.cursor_at.toISOString())}`,
      `NOT EXISTS (SELECT 1 FROM alert_deliveries d WHERE d.user_id = ${params.add(alert.user_id)} AND d.listing_id = l.id)`,
      ...buildSearchConditions(alert.criteria, params, { alias: 'l', usdRates }),
    ];
    await dataSource.query(
      `SELECT l.id FROM job_listings l WHERE ${conditions.join(' AND ')} ORDER BY l.first_published_at DESC, l.id DESC LIMIT 21`,
      params.values,
    );
  });
  const alertsPerSecond = alerts.length / seconds;
  return {
    alerts: alerts.length,
    seconds,
    alertsPerSecond,
    alertsPerSubscriber: ratio.per,
    subscribersPerSecond: alertsPerSecond / ratio.per,
  };
}
