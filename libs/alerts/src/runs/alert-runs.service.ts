import { Injectable } from '@nestjs/common';
import { Clock, DomainError } from '@app/common';
import { AlertFrequency } from '../alerts/alert-criteria';
import { AlertJobs } from '../dispatch/alert-jobs.service';
import { AlertRunView, toAlertRunView } from './alert-run-view';
import { AlertRunsRepository } from './alert-runs.repository';

/** Admin side of runs: force one now, read its progress. */
@Injectable()
export class AlertRunsService {
  constructor(
    private readonly runs: AlertRunsRepository,
    private readonly jobs: AlertJobs,
    private readonly clock: Clock,
  ) {}

  /** Every active alert of the frequency, whatever the local hour or period (the ledger still applies). */
  async start(frequency: AlertFrequency): Promise<{ id: string }> {
    const run = await this.runs.create('admin', frequency, this.clock.now());
    await this.jobs.queueRuns([run.id]);
    return { id: run.id };
  }

  async get(id: string): Promise<AlertRunView> {
    const run = await this.runs.find(id);
    if (!run) throw DomainError.notFound('Alert run');
    const frozen = run.status === 'completed';
    const counters = frozen
      ? { subscribers: run.subscribers, digests: run.digests, emailsSent: run.emailsSent, failed: run.failed }
      : await this.runs.counters(run.id);
    return toAlertRunView(run, counters);
  }
}
