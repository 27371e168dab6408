import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface ConsultantReplyRecord {
  consultantId: string;
  consultationId: string;
  messageId: string;
}

/**
 * The one place a consultant's reply enters the audit trail, inside the reply's own transaction.
 *
 * PENDING (issue 14): the audit trail (`@app/audit`, branch `admin`) is not on this branch yet. When it lands,
 * this method becomes `this.trail.record(manager, { actor: { id: consultantId }, action: 'consultation.reply',
 * entity: 'consultation', entityId: consultationId, changes: { messageId: { to: messageId } } })`, with
 * 'consultation' added to AUDIT_ENTITIES. Until then it only writes the entry to the log.
 */
@Injectable()
export class ConsultantReplyAudit {
  private readonly logger = new Logger('Audit');

  async recordConsultantReply(_manager: EntityManager, record: ConsultantReplyRecord): Promise<void> {
    this.logger.log({ msg: 'consultation.reply', ...record });
  }
}
