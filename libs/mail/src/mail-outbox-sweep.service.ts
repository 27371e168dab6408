import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobName, jobId, QueueName } from '@app/queue';

/** A mail is stranded when it was stored this long ago and is still queued: its request could not reach Redis. */
export const STRANDED_MAIL_AFTER_SECONDS = 30;
const BATCH = 500;

/** $1: seconds, $2: batch size. Read through the partial index outbound_mail_queued_idx. */
export const STRANDED_MAIL_SQL = `SELECT id FROM outbound_mail WHERE status = 'queued' AND created_at < now() - make_interval(secs => $1)
ORDER BY created_at LIMIT $2`;

/**
 * Mails are stored in the transaction of the change they tell about, then queued once it committed; when Redis was
 * down at that moment the change stands and the mail waits here. The sweep queues it again under its deterministic job
 * id, so a mail whose job still exists (waiting, retrying, running) is not queued twice.
 */
@Injectable()
export class MailOutboxSweep {
  private readonly logger = new Logger(MailOutboxSweep.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Mail) private readonly queue: Queue,
  ) {}

  async requeueStranded(): Promise<{ requeued: number }> {
    const rows: Array<{ id: string }> = await this.dataSource.query(STRANDED_MAIL_SQL, [STRANDED_MAIL_AFTER_SECONDS, BATCH]);
    if (rows.length === 0) return { requeued: 0 };
    await this.queue.addBulk(
      rows.map(({ id }) => ({ name: JobName.SendMail, data: { mailId: id }, opts: { jobId: jobId(JobName.SendMail, id) } })),
    );
    this.logger.log({ msg: 'stranded mails queued again (jobs that still exist are left as they are)', mails: rows.length });
    return { requeued: rows.length };
  }
}
