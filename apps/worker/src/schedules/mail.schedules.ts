import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { STRANDED_MAIL_AFTER_SECONDS } from '@app/mail';
import { JobName, QueueName } from '@app/queue';

export const MAIL_OUTBOX_SWEEP_SCHEDULE = 'mail-requeue-stranded';

/** Queues again the mails stored while Redis was down (see MailOutboxSweep); upserted by a stable id. */
@Injectable()
export class MailSchedules implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.Mail) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      MAIL_OUTBOX_SWEEP_SCHEDULE,
      { every: STRANDED_MAIL_AFTER_SECONDS * 1000 },
      {
        name: JobName.RequeueStrandedMail,
        data: {},
        opts: { attempts: 1, removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } },
      },
    );
  }
}
