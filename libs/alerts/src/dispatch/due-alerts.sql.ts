import { SqlParams } from '@app/jobs';
import { AlertFrequency } from '../alerts/alert-criteria';
import { AlertRun, AlertRunTrigger } from '../entities/alert-run.entity';
import { candidateFrequencies } from './served-alerts.util';

export interface DueScope {
  runId: string;
  trigger: AlertRunTrigger;
  frequency: AlertFrequency;
  /** The instant the schedule is evaluated at (the tick's time). */
  asOf: Date;
  sendHour: number;
  /** Time zones Postgres knows; anything else is treated as UTC rather than failing the statement. */
  zones: string[];
}

export function dueScopeOf(run: Pick<AlertRun, 'id' | 'trigger' | 'frequency' | 'asOf'>, sendHour: number, zones: string[]): DueScope {
  return { runId: run.id, trigger: run.trigger, frequency: run.frequency, asOf: run.asOf, sendHour, zones };
}

export interface DueAlertsSql {
  /** FROM clause over `job_alerts a JOIN users u`. */
  from: string;
  where: string[];
  /** SQL expression of the row's period key. */
  periodKey: string;
}

/**
 * The active alerts whose owner is due in this run, in SQL. Scheduled: the owner's local time has
 * passed the send hour (on Monday for weekly) and no digest exists for the local date / ISO week.
 * Forced by an admin: every owner, once per run (`run-<id>`), whatever the hour.
 */
export function dueAlertsSql(scope: DueScope, params: SqlParams): DueAlertsSql {
  const from = ['job_alerts a JOIN users u ON u.id = a.user_id'];
  const where = ['a.paused = false', `a.frequency = ANY(${params.add(candidateFrequencies(scope.frequency))}::text[])`];
  let periodKey: string;
  if (scope.trigger === 'admin') {
    periodKey = `${params.add(`run-${scope.runId}`)}::text`;
  } else {
    const zone = `CASE WHEN u.timezone IN (SELECT unnest(${params.add(scope.zones)}::text[])) THEN u.timezone ELSE 'UTC' END`;
    from.push(`CROSS JOIN LATERAL (SELECT (${params.add(scope.asOf.toISOString())}::timestamptz AT TIME ZONE ${zone}) AS t) lt`);
    where.push(`extract(hour FROM lt.t) >= ${params.add(scope.sendHour)}`);
    if (scope.frequency === 'weekly') where.push('extract(isodow FROM lt.t) = 1');
    periodKey = scope.frequency === 'daily' ? `to_char(lt.t, 'YYYY-MM-DD')` : `to_char(lt.t, 'IYYY-"W"IW')`;
  }
  where.push(`NOT EXISTS (SELECT 1 FROM alert_digests d WHERE d.user_id = a.user_id AND d.period_key = ${periodKey})`);
  return { from: from.join(' '), where, periodKey };
}

/**
 * The due owners in user-id order, cut into ranges of `size`: seq, first_user_id, last_user_id, users.
 * A range read back with `a.user_id BETWEEN first AND last` holds exactly its owners.
 */
export function dueUserRangesSql(due: DueAlertsSql, params: SqlParams, size: number): string {
  const sizeParam = params.add(size);
  return `SELECT (rn - 1) / ${sizeParam} AS seq, min(user_id::text COLLATE "C")::uuid AS first_user_id,
      max(user_id::text COLLATE "C")::uuid AS last_user_id, count(*)::int AS users
    FROM (SELECT user_id, row_number() OVER (ORDER BY user_id) AS rn
          FROM (SELECT DISTINCT a.user_id FROM ${due.from} WHERE ${due.where.join(' AND ')}) due) numbered
    GROUP BY (rn - 1) / ${sizeParam}`;
}
