import { Processor } from '@nestjs/bullmq';
import { PruneOutcome, RetentionRunner } from '@app/database';
import { JobName, JobOf, OnJob, QueueName, QueueProcessor } from '@app/queue';

/** Housekeeping, one job at a time: each retention policy prunes its table in bounded batches. */
@Processor(QueueName.Maintenance, { concurrency: 1 })
export class MaintenanceProcessor extends QueueProcessor {
  constructor(private readonly retention: RetentionRunner) {
    super();
  }

  @OnJob(JobName.RetentionPrune)
  async prune({ policy }: JobOf<JobName.RetentionPrune>): Promise<PruneOutcome | null> {
    const outcome = await this.retention.prune(policy);
    if (!outcome) this.logger.warn({ msg: 'unknown retention policy skipped', policy });
    return outcome;
  }
}
