import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig } from '@app/config';
import { RetentionRunner } from '@app/database';
import { JobName, QueueName } from '@app/queue';

/** The stable scheduler id of a retention policy. */
export function retentionScheduleId(policy: string): string {
  return `retention-${policy}`;
}

/** One scheduler per retention policy (RETENTION_CRON, UTC), upserted by a stable id so restarts never double it. */
@Injectable()
export class RetentionSchedules implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.Maintenance) private readonly queue: Queue,
    private readonly retention: RetentionRunner,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const policy of this.retention.policies()) {
      await this.queue.upsertJobScheduler(
        retentionScheduleId(policy.name),
        { pattern: this.config.retention.cron, tz: 'UTC' },
        {
          name: JobName.RetentionPrune,
          data: { policy: policy.name },
          opts: { attempts: 3, removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } },
        },
      );
    }
  }
}
