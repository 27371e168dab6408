import { randomUUID } from 'node:crypto';
import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ALERT_BATCH_SIZE, DigestDrafter, dueAlertsSql, DueScope, dueUserRangesSql, PhaseTimer } from '@app/alerts';
import { AppConfig } from '@app/config';
import { SqlParams } from '@app/jobs';
import { workerDomainModules } from '../../../apps/worker/src/worker.module';
import { inLanes } from '../bench-env';

export interface MatchingPassResult {
  frequency: 'daily' | 'weekly';
  /** Due subscribers the run serves (as the run counts them: not the skipped ones). */
  subscribers: number;
  /** Digests with something to mail: must equal the real run's count. */
  digests: number;
  batches: number;
  seconds: number;
  subscribersPerSecond: number;
  /** Seconds summed over the batches by phase (they run on `lanes` lanes). */
  phases: Record<string, number>;
}

/** The worker's modules without its processors: nothing here takes jobs off the queues. */
@Module({})
class MatchingPassModule {
  static register(config: AppConfig): DynamicModule {
    return { module: MatchingPassModule, imports: workerDomainModules(config) };
  }
}

/**
 * Matching on its own, the way the baseline is measured: one process, `lanes` batches at a time,
 * nothing else running. Each batch is what a batch job decides before it commits (due alerts, plans,
 * set-based matching, ledger check, digest sections); nothing is written, so the real runs that
 * follow start from the same state.
 */
export async function matchingPass(
  config: AppConfig,
  frequencies: Array<'daily' | 'weekly'>,
  lanes: number,
): Promise<MatchingPassResult[]> {
  const app = await NestFactory.createApplicationContext(MatchingPassModule.register(config), { logger: false });
  try {
    const drafter = app.get(DigestDrafter);
    const dataSource = app.get(DataSource);
    const results: MatchingPassResult[] = [];
    for (const frequency of frequencies) {
      const scope: DueScope = {
        runId: randomUUID(),
        trigger: 'admin',
        frequency,
        asOf: new Date(),
        sendHour: config.alerts.sendHour,
        zones: [],
      };
      const params = new SqlParams();
      const ranges: Array<{ first_user_id: string; last_user_id: string }> = await dataSource.query(
        `${dueUserRangesSql(dueAlertsSql(scope, params), params, ALERT_BATCH_SIZE)} ORDER BY seq`,
        params.values,
      );
      const timers: PhaseTimer[] = [];
      let subscribers = 0;
      let digests = 0;
      const seconds = await inLanes(ranges, lanes, async (range) => {
        const timer = new PhaseTimer();
        const { drafts } = await drafter.draft(scope, range.first_user_id, range.last_user_id, timer);
        timers.push(timer);
        subscribers += drafts.filter((draft) => draft.status !== 'skipped').length;
        digests += drafts.filter((draft) => draft.status === 'pending').length;
      });
      const phases: Record<string, number> = {};
      for (const [phase, ms] of timers.flatMap((timer) => Object.entries(timer.phases))) {
        const name = phase.replace(/Ms$/, '');
        phases[name] = (phases[name] ?? 0) + ms / 1000;
      }
      results.push({
        frequency,
        subscribers,
        digests,
        batches: ranges.length,
        seconds,
        subscribersPerSecond: subscribers / seconds,
        phases,
      });
    }
    return results;
  } finally {
    await app.close();
  }
}
