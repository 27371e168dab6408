import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { SqlParams } from '@app/jobs';
import { AlertRunsRepository } from '../runs/alert-runs.repository';
import { AlertDigestsRepository } from './alert-digests.repository';
import { AlertJobs } from './alert-jobs.service';
import { dueAlertsSql, dueScopeOf } from './due-alerts.sql';
import { TimeZones } from './time-zones.service';

/** Subscribers per batch job: large enough for set-based matching, small enough to retry cheaply. */
export const ALERT_BATCH_SIZE = 1000;

/** Starts a run: splits its due subscribers into batches in SQL (nothing loads all users) and queues them. */
@Injectable()
export class AlertFanoutService {
  constructor(
    private readonly runs: AlertRunsRepository,
    private readonly digests: AlertDigestsRepository,
    private readonly jobs: AlertJobs,
    private readonly zones: TimeZones,
    private readonly config: AppConfig,
  ) {}

  async fanOut(runId: string): Promise<void> {
    const run = await this.runs.find(runId);
    if (!run || run.status === 'completed' || run.status === 'failed') return;
    await this.runs.markRunning(run.id);
    if (!run.fannedOutAt) {
      const params = new SqlParams();
      const due = dueAlertsSql(dueScopeOf(run, this.config.alerts.sendHour, await this.zones.known()), params);
      await this.runs.createBatches(run.id, due, params, ALERT_BATCH_SIZE);
      await this.digests.refreshLedgerStatistics();
    }
    await this.jobs.queueBatches(await this.runs.pendingBatchIds(run.id));
    await this.runs.completeIfDone(run.id);
  }

  async fail(runId: string, error: string): Promise<void> {
    await this.runs.markFailed(runId, error);
  }
}
