import { Processor } from '@nestjs/bullmq';
import { MailDeliveryService } from '@app/mail';
import { JobName, JobOf, OnJob, QueueName, QueueProcessor } from '@app/queue';

@Processor(QueueName.Mail, { concurrency: 4 })
export class MailProcessor extends QueueProcessor {
  constructor(private readonly delivery: MailDeliveryService) {
    super();
  }

  @OnJob(JobName.SendMail)
  send({ mailId }: JobOf<JobName.SendMail>): Promise<void> {
    return this.delivery.deliver(mailId);
  }
}
