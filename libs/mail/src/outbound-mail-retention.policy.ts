import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { RetentionPolicy, RetentionPolicyProvider } from '@app/database';

/**
 * Mails queued RETENTION_MAIL_DAYS ago, whatever became of them. A sent mail's body is already emptied when it is
 * sent (MailDeliveryService); what is left is the metadata the privacy export lists. An unsent one was given up on
 * by the queue long before (8 attempts within minutes) and its links have expired.
 */
@Injectable()
@RetentionPolicyProvider()
export class OutboundMailRetentionPolicy implements RetentionPolicy {
  readonly name = 'outbound-mail';
  readonly statement = `
    DELETE FROM outbound_mail WHERE ctid = ANY(ARRAY(
      SELECT ctid FROM outbound_mail
       WHERE created_at < now() - make_interval(days => $2::int)
       ORDER BY created_at
       LIMIT $1))`;

  constructor(private readonly config: AppConfig) {}

  parameters(): unknown[] {
    return [this.config.retention.mailDays];
  }
}
