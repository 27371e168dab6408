import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@app/common';
import { AppConfig } from '@app/config';
import { SharedCounters } from '@app/observability';
import { AlertRunsRepository } from '../runs/alert-runs.repository';
import { AlertDigestsRepository } from './alert-digests.repository';
import { AlertJobs } from './alert-jobs.service';
import { DigestDrafter } from './digest-drafter.service';
import { dueScopeOf } from './due-alerts.sql';
import { PhaseTimer } from './phase-timer';
import { TimeZones } from './time-zones.service';

/**
 * Cursors stop this far before the matching instant: a listing whose publishing transaction had
 * not committed yet is looked at again next time (the ledger keeps it from being sent twice).
 */
const PUBLISH_SKEW_MS = 5 * 60 * 1000;

/** Builds the digests of one batch of subscribers: match set-based, commit all or nothing, queue the mails. */
@Injectable()
export class AlertBatchService {
  private readonly logger = new Logger(AlertBatchService.name);

  constructor(
    private readonly runs: AlertRunsRepository,
    private readonly drafter: DigestDrafter,
    private readonly digests: AlertDigestsRepository,
    private readonly zones: TimeZones,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly counters: SharedCounters,
    private readonly jobs: AlertJobs,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async build(batchId: string): Promise<void> {
    const batch = await this.runs.findBatch(batchId);
    const run = batch && (await this.runs.find(batch.runId));
    if (!batch || !run) return;
    if (batch.status !== 'pending') {
      // A re-delivered job of a committed batch: make sure its mails are queued (job ids dedupe).
      await this.jobs.queueMails(await this.digests.pendingIdsOfBatch(batch.id));
      await this.runs.completeIfDone(run.id);
      return;
    }
    const timings = new PhaseTimer();
    const scope = dueScopeOf(run, this.config.alerts.sendHour, await this.zones.known());
    const { drafts, takenAt } = await this.drafter.draft(scope, batch.firstUserId, batch.lastUserId, timings);
    const cursorAt = new Date(Math.min(this.clock.now().getTime(), takenAt) - PUBLISH_SKEW_MS);
    const committed = await this.dataSource.transaction(async (manager) => {
      if (!(await this.runs.claimBatch(batch.id, manager))) return null;
      return this.digests.insertDigests(manager, { runId: run.id, batchId: batch.id, frequency: run.frequency }, drafts, cursorAt);
    });
    if (committed === null) return;
    timings.mark('commitMs');
    const pending = committed.filter((digest) => digest.status === 'pending').map((digest) => digest.id);
    await this.jobs.queueMails(pending);
    await this.counters.increment('alert_digests_total', { frequency: run.frequency, outcome: 'built' }, pending.length);
    const empty = committed.filter((digest) => digest.status === 'empty').length;
    if (empty > 0) await this.counters.increment('alert_digests_total', { frequency: run.frequency, outcome: 'skipped_empty' }, empty);
    this.logger.log({
      msg: 'alert batch built',
      runId: run.id,
      batchId,
      users: committed.length,
      digests: pending.length,
      ...timings.mark('queueMs').phases,
    });
    await this.runs.completeIfDone(run.id);
  }

  async fail(batchId: string, error: string): Promise<void> {
    const batch = await this.runs.findBatch(batchId);
    await this.runs.markBatchFailed(batchId, error);
    if (batch) await this.runs.completeIfDone(batch.runId);
  }
}
