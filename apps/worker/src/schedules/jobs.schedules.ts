import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobName, QueueName } from '@app/queue';

export const LISTING_EXPIRY_SCHEDULE = 'jobs-expire-listings-hourly';

/** Marks expired listings every hour (search already hides them at query time); upserted by a stable id. */
@Injectable()
export class JobsSchedules implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.Jobs) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      LISTING_EXPIRY_SCHEDULE,
      { pattern: '5 * * * *', tz: 'UTC' },
      { name: JobName.ExpireListings, data: {}, opts: { removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } } },
    );
  }
}
