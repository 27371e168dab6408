import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { MailDeliveryService, MailOutboxSweep } from '@app/mail';
import { JobName, JobOf, OnJob, QueueName, QueueProcessor } from '@app/queue';
import { isFinalAttempt } from './alerts.processor';

@Processor(QueueName.Mail, { concurrency: 4 })
export class MailProcessor extends QueueProcessor {
  constructor(
    private readonly delivery: MailDeliveryService,
    private readonly sweep: MailOutboxSweep,
  ) {
    super();
  }

  @OnJob(JobName.SendMail)
  send({ mailId }: JobOf<JobName.SendMail>, job: Job): Promise<void> {
    return this.delivery.deliver(mailId, isFinalAttempt(job));
  }

  @OnJob(JobName.RequeueStrandedMail)
  requeueStranded(): Promise<{ requeued: number }> {
    return this.sweep.requeueStranded();
  }
}
