import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { deleteOlderThanStatement, RetentionPolicy, RetentionPolicyProvider } from '@app/database';

/**
 * Mails queued RETENTION_MAIL_DAYS ago, whatever became of them. A sent mail's body is already emptied when it is
 * sent (MailDeliveryService); what is left is the metadata the privacy export lists. An unsent one was given up on
 * by the queue long before (8 attempts within minutes) and its links have expired.
 */
@Injectable()
@RetentionPolicyProvider()
export class OutboundMailRetentionPolicy implements RetentionPolicy {
  readonly name = 'outbound-mail';
  readonly statement = deleteOlderThanStatement('outbound_mail', 'created_at');

  constructor(private readonly config: AppConfig) {}

  parameters(): unknown[] {
    return [this.config.retention.mailDays];
  }
}
