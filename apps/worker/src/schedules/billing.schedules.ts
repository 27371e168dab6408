import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig } from '@app/config';
import { JobName, QueueName } from '@app/queue';

export const BILLING_RECONCILE_SCHEDULE = 'billing-reconcile-nightly';

/** The nightly reconcile, upserted by a stable id so restarts never double it. */
@Injectable()
export class BillingSchedules implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.Billing) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.stripe) {
      await this.queue.removeJobScheduler(BILLING_RECONCILE_SCHEDULE);
      return;
    }
    await this.queue.upsertJobScheduler(
      BILLING_RECONCILE_SCHEDULE,
      { pattern: '30 3 * * *', tz: 'UTC' },
      { name: JobName.BillingReconcile, data: {} },
    );
  }
}
