import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { AlertBatchService, AlertFanoutService, AlertTickService } from '@app/alerts';
import { JobName, JobOf, OnJob, QueueName, QueueProcessor } from '@app/queue';

/** True on the last attempt BullMQ will make, so the failure can be recorded before it is rethrown. */
export function isFinalAttempt(job: Job): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

/** Short locks so a killed worker's batch is picked up again within seconds, not minutes. */
export const ALERT_WORKER_OPTIONS = { lockDuration: 20_000, stalledInterval: 10_000, maxStalledCount: 5 };

@Processor(QueueName.Alerts, { concurrency: 2, ...ALERT_WORKER_OPTIONS })
export class AlertsProcessor extends QueueProcessor {
  constructor(
    private readonly ticks: AlertTickService,
    private readonly fanout: AlertFanoutService,
    private readonly batches: AlertBatchService,
  ) {
    super();
  }

  @OnJob(JobName.AlertsTick)
  async tick(): Promise<void> {
    await this.ticks.tick();
  }

  @OnJob(JobName.AlertsStartRun)
  async startRun({ runId }: JobOf<JobName.AlertsStartRun>, job: Job): Promise<void> {
    try {
      await this.fanout.fanOut(runId);
    } catch (error) {
      if (isFinalAttempt(job)) await this.fanout.fail(runId, String((error as Error).message));
      throw error;
    }
  }

  @OnJob(JobName.AlertsBuildBatch)
  async buildBatch({ batchId }: JobOf<JobName.AlertsBuildBatch>, job: Job): Promise<void> {
    try {
      await this.batches.build(batchId);
    } catch (error) {
      if (isFinalAttempt(job)) await this.batches.fail(batchId, String((error as Error).message));
      throw error;
    }
  }
}
