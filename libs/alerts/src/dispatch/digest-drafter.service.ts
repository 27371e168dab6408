import { Injectable } from '@nestjs/common';
import { EntitlementsService } from '@app/accounts';
import { Clock } from '@app/common';
import { assembleDigest } from '../matching/assemble-digest.util';
import { CriteriaMatcher } from '../matching/criteria-matcher.service';
import { AlertDigestsRepository } from './alert-digests.repository';
import { DigestDraft } from './digest-draft';
import { DueAlert, DueAlertsRepository } from './due-alerts.repository';
import { DueScope } from './due-alerts.sql';
import { PhaseTimer } from './phase-timer';
import { servedAlerts } from './served-alerts.util';

export interface DraftedBatch {
  drafts: DigestDraft[];
  /** When the fresh listings were read: cursors must not pass it. */
  takenAt: number;
}

/**
 * Decides, without writing anything, what each due subscriber of a user-id range gets: their due
 * alerts, the alerts their plan serves, set-based matching, the ledger check and the digest
 * sections. The batch job commits the drafts; the benchmark times this part on its own.
 */
@Injectable()
export class DigestDrafter {
  constructor(
    private readonly dueAlerts: DueAlertsRepository,
    private readonly digests: AlertDigestsRepository,
    private readonly matcher: CriteriaMatcher,
    private readonly entitlements: EntitlementsService,
    private readonly clock: Clock,
  ) {}

  /** Every due user of the range gets a draft: pending (something to mail), empty, or skipped (nothing to serve). */
  async draft(scope: DueScope, firstUserId: string, lastUserId: string, timings = new PhaseTimer()): Promise<DraftedBatch> {
    const due = await this.dueAlerts.inRange(scope, firstUserId, lastUserId);
    timings.mark('loadMs');
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
        servedAlerts(alerts, scope.frequency, plans.get(userId)!.alertFrequencies.includes('daily')),
      ]),
    );
    const all = [...served.values()].flat();
    const groups = new Map(all.map((alert) => [alert.criteriaKey, { key: alert.criteriaKey, criteria: alert.criteria }]));
    const since = new Date(Math.min(...all.map((alert) => alert.cursorAt.getTime())));
    const fresh =
      all.length > 0
        ? await this.matcher.match([...groups.values()], since, scope.runId)
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
