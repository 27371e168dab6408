import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EntitlementsService } from '@app/accounts';
import { Clock } from '@app/common';
import { AppConfig } from '@app/config';
import { SharedCounters } from '@app/observability';
import { AlertRun } from '../entities/alert-run.entity';
import { assembleDigest } from '../matching/assemble-digest.util';
import { CriteriaMatcher } from '../matching/criteria-matcher.service';
import { AlertRunsRepository } from '../runs/alert-runs.repository';
import { AlertDigestsRepository } from './alert-digests.repository';
import { AlertJobs } from './alert-jobs.service';
import { DigestDraft } from './digest-draft';
import { DueAlert, DueAlertsRepository } from './due-alerts.repository';
import { servedAlerts } from './served-alerts.util';
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
    private readonly dueAlerts: DueAlertsRepository,
    private readonly digests: AlertDigestsRepository,
    private readonly matcher: CriteriaMatcher,
    private readonly entitlements: EntitlementsService,
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
    const scope = { runId: run.id, trigger: run.trigger, frequency: run.frequency, asOf: run.asOf, sendHour: this.config.alerts.sendHour };
    const due = await this.dueAlerts.inRange({ ...scope, zones: await this.zones.known() }, batch.firstUserId, batch.lastUserId);
    timings.mark('loadMs');
    const { drafts, takenAt } = await this.draftDigests(run, due, timings);
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

  /** Every due user of the batch gets a draft: pending (something to mail), empty, or skipped (nothing to serve). */
  private async draftDigests(run: AlertRun, due: DueAlert[], timings: PhaseTimer): Promise<{ drafts: DigestDraft[]; takenAt: number }> {
    const byUser = new Map<string, DueAlert[]>();
    for (const alert of due) {
      if (!byUser.has(alert.userId)) byUser.set(alert.userId, []);
      byUser.get(alert.userId)!.push(alert);
    }
    const plans = await this.entitlements.forUsers([...byUser.keys()]);
    timings.mark('planMs');
    const served = new Map(
      [...byUser].map(([userId, alerts]) => [
        userId,
        servedAlerts(alerts, run.frequency, plans.get(userId)!.alertFrequencies.includes('daily')),
      ]),
    );
    const all = [...served.values()].flat();
    const groups = new Map(all.map((alert) => [alert.criteriaKey, { key: alert.criteriaKey, criteria: alert.criteria }]));
    const since = new Date(Math.min(...all.map((alert) => alert.cursorAt.getTime())));
    const fresh =
      all.length > 0
        ? await this.matcher.match([...groups.values()], since, run.id)
        : { ids: [], times: [], takenAt: this.clock.now().getTime(), matches: new Map() };
    timings.mark('matchMs');
    const positionOf = new Map(fresh.ids.map((id, position) => [id, position]));
    const delivered = await this.digests.deliveredAmong([...served.keys()], fresh.ids, since);
    timings.mark('ledgerMs');
    const drafts = [...byUser].map(([userId, alerts]): DigestDraft => {
      const mine = served.get(userId)!;
      const seen = new Set([...(delivered.get(userId) ?? [])].map((id) => positionOf.get(id)!));
      const sections = assembleDigest(mine, fresh, seen);
      const status = mine.length === 0 ? 'skipped' : sections.length === 0 ? 'empty' : 'pending';
      return { userId, periodKey: alerts[0]!.periodKey, status, sections, servedAlertIds: mine.map((alert) => alert.id) };
    });
    timings.mark('assembleMs');
    return { drafts, takenAt: fresh.takenAt };
  }
}
