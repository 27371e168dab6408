import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@app/common';
import { AppConfig } from '@app/config';
import { SqlParams } from '@app/jobs';
import { ALERT_FREQUENCIES, AlertFrequency } from '../alerts/alert-criteria';
import { AlertRunsRepository } from '../runs/alert-runs.repository';
import { AlertDigestsRepository } from './alert-digests.repository';
import { AlertJobs } from './alert-jobs.service';
import { dueAlertsSql } from './due-alerts.sql';
import { TimeZones } from './time-zones.service';

/** A scheduled run still open after this long no longer keeps the next tick from starting one. */
const OPEN_RUN_WINDOW_MS = 60 * 60 * 1000;
/** Work older than this without progress is queued again by the tick (job ids keep it single). */
const STALE_MS = 2 * 60 * 1000;

/**
 * The scheduler tick: starts a run per frequency when some subscriber is due (the run's fan-out
 * finds them all in SQL), then sweeps for work a crash left behind.
 */
@Injectable()
export class AlertTickService {
  private readonly logger = new Logger(AlertTickService.name);

  constructor(
    private readonly runs: AlertRunsRepository,
    private readonly digests: AlertDigestsRepository,
    private readonly jobs: AlertJobs,
    private readonly zones: TimeZones,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** `asOf` is the instant the schedule is evaluated at (the tick's time; tests pass another). */
  async tick(asOf: Date = this.clock.now()): Promise<string[]> {
    const started: string[] = [];
    for (const frequency of ALERT_FREQUENCIES) {
      const runId = await this.startIfDue(frequency, asOf);
      if (runId) started.push(runId);
    }
    await this.sweep();
    return started;
  }

  private async startIfDue(frequency: AlertFrequency, asOf: Date): Promise<string | null> {
    if (await this.runs.hasOpenScheduled(frequency, new Date(this.clock.now().getTime() - OPEN_RUN_WINDOW_MS))) return null;
    const params = new SqlParams();
    const scope = { runId: '', trigger: 'schedule' as const, frequency, asOf, sendHour: this.config.alerts.sendHour };
    if (!(await this.runs.anyDue(dueAlertsSql({ ...scope, zones: await this.zones.known() }, params), params))) return null;
    const run = await this.runs.create('schedule', frequency, asOf);
    await this.jobs.queueRuns([run.id]);
    this.logger.log({ msg: 'scheduled alert run started', runId: run.id, frequency });
    return run.id;
  }

  /** Re-queues what a crash may have left: a run never fanned out, batches never built, digests never mailed. */
  private async sweep(): Promise<void> {
    const staleBefore = new Date(this.clock.now().getTime() - STALE_MS);
    await this.jobs.queueRuns(await this.runs.unfannedRunIds(staleBefore));
    await this.jobs.queueBatches(await this.runs.stalePendingBatchIds(staleBefore));
    await this.jobs.queueMails(await this.digests.stalePendingIds(staleBefore, 20_000));
    for (const runId of await this.runs.runningRunIds()) await this.runs.completeIfDone(runId);
  }
}
