import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { SharedCounters } from '@app/observability';
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

  async deliver(mailId: string): Promise<void> {
    const mail = await this.mails.findOneBy({ id: mailId });
    if (!mail) throw new Error(`mail ${mailId} not found (not committed yet?)`);
    if (mail.status === 'sent') return;
    try {
      const messageId = await this.transport.send(mail, mail.id);
      // The body is dropped once delivered: it may carry single-use links (password reset).
      await this.mails.update(mail.id, {
        status: 'sent',
        sentAt: new Date(),
        messageId,
        attempts: mail.attempts + 1,
        lastError: null,
        text: '',
        html: '',
      });
      await this.counters.increment('mail_sent_total', { outcome: 'sent' });
      this.logger.log({ msg: 'mail sent', mailId, subject: mail.subject });
    } catch (error) {
      await this.counters.increment('mail_sent_total', { outcome: 'failed' });
      await this.mails.update(mail.id, { attempts: mail.attempts + 1, lastError: String((error as Error).message).slice(0, 500) });
      throw error;
    }
  }
}
