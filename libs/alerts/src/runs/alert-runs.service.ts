import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditActor, AuditTrail } from '@app/audit';
import { Clock, DomainError, ErrorCode, Page } from '@app/common';
import { newestFirstPage } from '@app/database';
import { AlertFrequency } from '../alerts/alert-criteria';
import { AlertJobs } from '../dispatch/alert-jobs.service';
import { AlertRun } from '../entities/alert-run.entity';
import { AlertRunView, toAlertRunView } from './alert-run-view';
import { AlertRunsRepository } from './alert-runs.repository';

/** Admin side of runs: force one now, read its progress, list the recent ones. */
@Injectable()
export class AlertRunsService {
  constructor(
    private readonly runs: AlertRunsRepository,
    private readonly jobs: AlertJobs,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * Every active alert of the frequency, whatever the local hour or period (the ledger still applies). The run and
   * its audit entry are one transaction; the run is queued once it committed.
   */
  async start(actor: AuditActor, frequency: AlertFrequency): Promise<{ id: string }> {
    const run = await this.dataSource.transaction(async (manager) => {
      const created = await this.runs.create('admin', frequency, this.clock.now(), manager);
      await this.audit.record(manager, {
        actor,
        action: 'alert_run.start',
        entity: 'alert_run',
        entityId: created.id,
        changes: { frequency: { to: frequency } },
      });
      return created;
    });
    try {
      await this.jobs.queueRuns([run.id]);
    } catch (error) {
      // Not left for the tick's sweep to start later: the admin is told it did not start, and may start it again.
      await this.runs.markFailed(run.id, `not queued: ${(error as Error).message}`);
      throw new DomainError(ErrorCode.Unavailable, 'The job queue is unavailable; the run was not started');
    }
    return { id: run.id };
  }

  async get(id: string): Promise<AlertRunView> {
    const run = await this.runs.find(id);
    if (!run) throw DomainError.notFound('Alert run');
    return this.view(run);
  }

  /** Runs newest first, scheduled and forced, each with its counters (live while it goes, frozen once completed). */
  async list(query: { limit: number; cursor?: string }): Promise<Page<AlertRunView>> {
    const page = await newestFirstPage<AlertRunRow, AlertRun>(
      this.dataSource,
      {
        list: 'alert-runs',
        select: `r.id, r.trigger, r.frequency, r.status, r.subscribers, r.digests, r.emails_sent, r.failed,
                 r.started_at, r.finished_at, r.created_at`,
        from: 'FROM alert_runs r',
        time: 'r.created_at',
        id: 'r.id',
        ...query,
      },
      toAlertRun,
    );
    return { items: await Promise.all(page.items.map((run) => this.view(run))), nextCursor: page.nextCursor };
  }

  private async view(run: AlertRun): Promise<AlertRunView> {
    const frozen = run.status === 'completed';
    const counters = frozen
      ? { subscribers: run.subscribers, digests: run.digests, emailsSent: run.emailsSent, failed: run.failed }
      : await this.runs.counters(run.id);
    return toAlertRunView(run, counters);
  }
}

interface AlertRunRow {
  id: string;
  trigger: AlertRun['trigger'];
  frequency: AlertFrequency;
  status: AlertRun['status'];
  subscribers: number;
  digests: number;
  emails_sent: number;
  failed: number;
  started_at: Date | null;
  finished_at: Date | null;
  created_at: Date;
}

function toAlertRun(row: AlertRunRow): AlertRun {
  return Object.assign(new AlertRun(), {
    id: row.id,
    trigger: row.trigger,
    frequency: row.frequency,
    status: row.status,
    subscribers: row.subscribers,
    digests: row.digests,
    emailsSent: row.emails_sent,
    failed: row.failed,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    createdAt: row.created_at,
  });
}
