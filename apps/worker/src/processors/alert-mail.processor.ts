import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { AlertDigestMailer } from '@app/alerts';
import { JobName, JobOf, OnJob, QueueName, QueueProcessor } from '@app/queue';
import { ALERT_WORKER_OPTIONS, isFinalAttempt } from './alerts.processor';

/** Digest mails: SMTP-bound, so more of them run at once than batch builds. */
@Processor(QueueName.AlertMail, { concurrency: 16, ...ALERT_WORKER_OPTIONS })
export class AlertMailProcessor extends QueueProcessor {
  constructor(private readonly mailer: AlertDigestMailer) {
    super();
  }

  @OnJob(JobName.AlertsSendDigest)
  send({ digestId }: JobOf<JobName.AlertsSendDigest>, job: Job): Promise<void> {
    return this.mailer.send(digestId, isFinalAttempt(job));
  }
}
