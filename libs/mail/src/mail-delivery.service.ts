import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { Repository } from 'typeorm';
import { retryWhileDatabaseUnavailable } from '@app/database';
import { SharedCounters } from '@app/observability';
import { isPermanentSmtpFailure } from './is-permanent-smtp-failure.util';
import { MailTransport } from './mail-transport';
import { OutboundMail } from './outbound-mail.entity';

/** Worker side of the mail queue: sends one stored mail and records the outcome. */
@Injectable()
export class MailDeliveryService {
  private readonly logger = new Logger(MailDeliveryService.name);

  constructor(
    @InjectRepository(OutboundMail) private readonly mails: Repository<OutboundMail>,
    private readonly transport: MailTransport,
    private readonly counters: SharedCounters,
  ) {}

  /**
   * A transient failure (4xx, no connection) is rethrown so the queue tries again with backoff; a permanent one
   * (5xx), or any failure of the last try, marks the mail `failed` for good.
   */
  async deliver(mailId: string, finalAttempt = false): Promise<void> {
    const mail = await this.mails.findOneBy({ id: mailId });
    if (!mail) throw new Error(`mail ${mailId} not found (not committed yet?)`);
    if (mail.status !== 'queued') return;
    try {
      const messageId = await this.transport.send(mail, mail.id);
      // The body is dropped once delivered: it may carry single-use links (password reset). The server accepted the
      // mail: recording that outlasts a short Postgres outage rather than letting the retry send it again.
      await retryWhileDatabaseUnavailable(() =>
        this.mails.update(mail.id, {
          status: 'sent',
          sentAt: new Date(),
          messageId,
          attempts: mail.attempts + 1,
          lastError: null,
          text: '',
          html: '',
        }),
      );
      await this.counters.increment('mail_sent_total', { outcome: 'sent' });
      this.logger.log({ msg: 'mail sent', mailId, subject: mail.subject });
    } catch (error) {
      const permanent = isPermanentSmtpFailure(error);
      const lastError = String((error as Error).message).slice(0, 500);
      if (permanent || finalAttempt) {
        await this.mails.update(mail.id, { status: 'failed', attempts: mail.attempts + 1, lastError });
        await this.counters.increment('mail_sent_total', { outcome: 'failed' });
        this.logger.warn({ msg: 'mail failed for good', mailId, permanent, error: lastError });
        throw permanent ? new UnrecoverableError(lastError) : error;
      }
      await this.mails.update(mail.id, { attempts: mail.attempts + 1, lastError });
      await this.counters.increment('mail_sent_total', { outcome: 'deferred' });
      throw error;
    }
  }
}
