import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@app/audit';
import { Clock, decodeCursor, DomainError, Page, toPage } from '@app/common';
import { AppConfig } from '@app/config';
import { MailService } from '@app/mail';
import { assertOpenForMessages } from './assert-open-for-messages.util';
import { ConsultationMessageInput } from './consultation-input';
import { ConsultationStatus } from './consultation-rules';
import {
  AdminConsultationSummaryView,
  AdminConsultationView,
  FORMER_CONSULTANT,
  toAdminConsultationSummaryView,
  toAdminConsultationView,
} from './consultation-view';
import { ConsultationsRepository } from './consultations.repository';
import { renderConsultantReplyMail } from './render-consultant-reply-mail.util';
import { threadAfterMessage } from './thread-after-message.util';
import { isQueuePosition } from './thread-position';

/** The consultant (an admin) who replies, by id; their name signs the reply. */
export interface Consultant {
  id: string;
}

/** The consultants' side: the queue by status, one thread, and the reply that is mailed to the seeker. */
@Injectable()
export class AdminConsultationsService {
  private readonly logger = new Logger(AdminConsultationsService.name);

  constructor(
    private readonly consultations: ConsultationsRepository,
    private readonly mail: MailService,
    private readonly audit: AuditTrail,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async queue(query: { status: ConsultationStatus; limit: number; cursor?: string }): Promise<Page<AdminConsultationSummaryView>> {
    const after = query.cursor ? decodeCursor(query.cursor, isQueuePosition(query.status)) : undefined;
    const rows = await this.consultations.listByStatus(query.status, query.limit, after);
    return toPage(rows, query.limit, toAdminConsultationSummaryView, (row) => ({
      status: query.status,
      at: (query.status === 'open' ? row.waiting_since! : row.last_message_at).toISOString(),
      id: row.id,
    }));
  }

  async get(id: string): Promise<AdminConsultationView> {
    const thread = await this.consultations.findById(id);
    if (!thread) throw DomainError.notFound('Consultation');
    return toAdminConsultationView(thread, await this.consultations.messagesOf([id]));
  }

  /**
   * A consultant's reply: the message, the thread answered, the seeker's mail and the audit entry are one
   * transaction; the mail job is queued once it committed.
   */
  async reply(consultant: Consultant, id: string, input: ConsultationMessageInput): Promise<AdminConsultationView> {
    const mailId = await this.dataSource.transaction(async (manager) => {
      const thread = await this.consultations.lockById(id, manager);
      if (!thread) throw DomainError.notFound('Consultation');
      assertOpenForMessages(thread);
      const at = this.clock.now();
      const message = { author: 'consultant' as const, consultantId: consultant.id, body: input.message };
      const messageId = await this.consultations.appendMessage(thread, message, threadAfterMessage(thread, 'consultant', at), at, manager);
      await this.audit.record(manager, {
        actor: consultant,
        action: 'consultation.reply',
        entity: 'consultation',
        entityId: id,
        changes: { messageId: { to: messageId } },
      });
      const written = (await this.consultations.findById(id, manager))!;
      const rendered = renderConsultantReplyMail({
        seekerName: written.seeker_name,
        consultantName: (await this.consultations.nameOfUser(consultant.id, manager)) ?? FORMER_CONSULTANT,
        topic: written.topic,
        reply: input.message,
        threadUrl: `${this.config.http.appUrl}/me/consultations/${id}`,
      });
      return this.mail.store({ to: written.seeker_email, ...rendered }, manager);
    });
    await this.dispatch(mailId);
    return this.get(id);
  }

  /** The reply has committed; a queue outage must not turn it into an error. The stored mail keeps its id. */
  private async dispatch(mailId: string): Promise<void> {
    try {
      await this.mail.dispatch(mailId);
    } catch (error) {
      this.logger.error({ msg: 'consultant reply mail stored but not queued', mailId, error: (error as Error).message });
    }
  }
}
