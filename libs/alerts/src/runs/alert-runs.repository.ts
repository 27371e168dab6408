import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { queryPrepared } from '@app/database';
import { SqlParams } from '@app/jobs';
import { AlertFrequency } from '../alerts/alert-criteria';
import { DueAlertsSql, dueUserRangesSql } from '../dispatch/due-alerts.sql';
import { AlertRunBatch } from '../entities/alert-run-batch.entity';
import { AlertRun, AlertRunTrigger } from '../entities/alert-run.entity';
import { rowsOf } from '../sql/rows-of.util';
import { AlertRunCounters } from './alert-run-counters';

const COUNTERS_SQL = `
  SELECT count(*) FILTER (WHERE d.status <> 'skipped')::int AS subscribers,
         count(*) FILTER (WHERE d.status IN ('pending', 'sent', 'failed', 'dropped'))::int AS digests,
         count(*) FILTER (WHERE d.status = 'sent')::int AS emails_sent,
         (count(*) FILTER (WHERE d.status = 'failed')
           + (SELECT coalesce(sum(b.users), 0) FROM alert_run_batches b WHERE b.run_id = $1 AND b.status = 'failed'))::int AS failed
  FROM alert_digests d WHERE d.run_id = $1`;

/** Alert runs and their batches. */
@Injectable()
export class AlertRunsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(trigger: AlertRunTrigger, frequency: AlertFrequency, asOf: Date, manager?: EntityManager): Promise<AlertRun> {
    const repository = (manager ?? this.dataSource.manager).getRepository(AlertRun);
    return repository.save(repository.create({ trigger, frequency, asOf, status: 'queued' }));
  }

  find(id: string): Promise<AlertRun | null> {
    return this.dataSource.getRepository(AlertRun).findOneBy({ id });
  }

  /** A scheduled run of this frequency still in progress (the next tick leaves its users to it). */
  async hasOpenScheduled(frequency: AlertFrequency, createdAfter: Date): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM alert_runs WHERE trigger = 'schedule' AND frequency = $1 AND status IN ('queued', 'running') AND created_at > $2 LIMIT 1`,
      [frequency, createdAfter],
    );
    return rows.length > 0;
  }

  async anyDue(due: DueAlertsSql, params: SqlParams): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM ${due.from} WHERE ${due.where.join(' AND ')} LIMIT 1`,
      params.values,
    );
    return rows.length > 0;
  }

  /**
   * Splits the due subscribers into batches of `size` consecutive user ids, in one statement, and
   * marks the run fanned out in the same transaction (a re-run after a crash finds it done).
   */
  async createBatches(runId: string, due: DueAlertsSql, params: SqlParams, size: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [run] = await manager.query(`SELECT fanned_out_at FROM alert_runs WHERE id = $1 FOR UPDATE`, [runId]);
      if (!run || run.fanned_out_at) return;
      await manager.query(`SET LOCAL statement_timeout = '300s'`);
      const ranges = dueUserRangesSql(due, params, size);
      await manager.query(
        `INSERT INTO alert_run_batches (run_id, seq, first_user_id, last_user_id, users)
         SELECT ${params.add(runId)}, r.seq, r.first_user_id, r.last_user_id, r.users FROM (${ranges}) r
         ON CONFLICT (run_id, seq) DO NOTHING`,
        params.values,
      );
      await manager.query(`UPDATE alert_runs SET fanned_out_at = now() WHERE id = $1`, [runId]);
    });
  }

  async markRunning(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE alert_runs SET status = 'running', started_at = coalesce(started_at, now()) WHERE id = $1 AND status = 'queued'`,
      [id],
    );
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE alert_runs SET status = 'failed', finished_at = now(), error = $2 WHERE id = $1 AND status IN ('queued', 'running')`,
      [id, error.slice(0, 500)],
    );
  }

  async pendingBatchIds(runId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM alert_run_batches WHERE run_id = $1 AND status = 'pending' ORDER BY seq`,
      [runId],
    );
    return rows.map((row) => row.id);
  }

  findBatch(id: string): Promise<AlertRunBatch | null> {
    return this.dataSource.getRepository(AlertRunBatch).findOneBy({ id });
  }

  /** Claims a pending batch inside the transaction that writes its digests; false when it was done already. */
  async claimBatch(id: string, manager: EntityManager): Promise<boolean> {
    const rows = await rowsOf(
      manager,
      `UPDATE alert_run_batches SET status = 'done', done_at = now() WHERE id = $1 AND status = 'pending' RETURNING id`,
      [id],
    );
    return rows.length > 0;
  }

  async markBatchFailed(id: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE alert_run_batches SET status = 'failed', done_at = now(), error = $2 WHERE id = $1 AND status = 'pending'`,
      [id, error.slice(0, 500)],
    );
  }

  async counters(runId: string): Promise<AlertRunCounters> {
    const [row] = await this.dataSource.query(COUNTERS_SQL, [runId]);
    return { subscribers: row.subscribers, digests: row.digests, emailsSent: row.emails_sent, failed: row.failed };
  }

  /**
   * Completes a running run once it is fanned out and nothing of it is pending (batches or mails),
   * freezing its counters. Cheap when it is not done yet, so every batch and mail may call it.
   */
  async completeIfDone(runId: string): Promise<boolean> {
    // Asked after every mail, so prepared.
    const ready = await queryPrepared(
      this.dataSource,
      `SELECT 1 FROM alert_runs r WHERE r.id = $1 AND r.status = 'running' AND r.fanned_out_at IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM alert_run_batches b WHERE b.run_id = r.id AND b.status = 'pending')
         AND NOT EXISTS (SELECT 1 FROM alert_digests d WHERE d.run_id = r.id AND d.status = 'pending')`,
      [runId],
    );
    if (ready.length === 0) return false;
    const done = await rowsOf(
      this.dataSource,
      `WITH c AS (${COUNTERS_SQL})
       UPDATE alert_runs r SET status = 'completed', finished_at = now(),
         subscribers = c.subscribers, digests = c.digests, emails_sent = c.emails_sent, failed = c.failed
       FROM c WHERE r.id = $1 AND r.status = 'running' RETURNING r.id`,
      [runId],
    );
    return done.length > 0;
  }

  /** Runs whose fan-out never finished (its job lost), for the tick's sweep. */
  async unfannedRunIds(createdBefore: Date): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM alert_runs WHERE status IN ('queued', 'running') AND fanned_out_at IS NULL AND created_at < $1`,
      [createdBefore],
    );
    return rows.map((row) => row.id);
  }

  /** Pending batches of open runs, and open runs with nothing left pending, for the tick's sweep. */
  async stalePendingBatchIds(createdBefore: Date): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT b.id FROM alert_run_batches b JOIN alert_runs r ON r.id = b.run_id
       WHERE r.status = 'running' AND b.status = 'pending' AND b.created_at < $1 LIMIT 10000`,
      [createdBefore],
    );
    return rows.map((row) => row.id);
  }

  async runningRunIds(): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM alert_runs WHERE status = 'running'`);
    return rows.map((row) => row.id);
  }
}
