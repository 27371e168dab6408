import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig } from '@app/config';
import { JobName, QueueName } from '@app/queue';

export const ALERTS_TICK_SCHEDULE = 'alerts-tick';

/** The alert scheduler tick (ALERTS_TICK_CRON, UTC), upserted by a stable id so restarts never double it. */
@Injectable()
export class AlertsSchedules implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.Alerts) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      ALERTS_TICK_SCHEDULE,
      { pattern: this.config.alerts.tickCron, tz: 'UTC' },
      { name: JobName.AlertsTick, data: {}, opts: { attempts: 1, removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } } },
    );
  }
}
