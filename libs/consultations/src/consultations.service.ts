import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EntitlementsService } from '@app/accounts';
import { Clock, decodeCursor, DomainError, ErrorCode, Page, toPage } from '@app/common';
import { AppConfig } from '@app/config';
import { assertOpenForMessages } from './assert-open-for-messages.util';
import { ConsultationMessageInput, StartConsultationInput } from './consultation-input';
import { ConsultationSummaryView, ConsultationView, toConsultationSummaryView, toConsultationView } from './consultation-view';
import { ConsultationsRepository } from './consultations.repository';
import { threadAfterMessage } from './thread-after-message.util';
import { isThreadPosition } from './thread-position';

export const CONSULTANT_NEEDS_PLUS = 'The career consultant comes with the Plus plan';

/** What a consultant desk offers a seeker now: whether they may write, and how many threads they have open. */
export interface ConsultantAccess {
  canWrite: boolean;
  openThreads: number;
  maxOpenThreads: number;
}

/**
 * A seeker's threads with the career consultant (SPEC §15). Reading is always allowed (a downgrade keeps the
 * history); starting a thread and writing in one need the plan's `careerConsultant`, checked at write time.
 */
@Injectable()
export class ConsultationsService {
  constructor(
    private readonly consultations: ConsultationsRepository,
    private readonly entitlements: EntitlementsService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(userId: string, query: { limit: number; cursor?: string }): Promise<Page<ConsultationSummaryView>> {
    const after = query.cursor ? decodeCursor(query.cursor, isThreadPosition) : undefined;
    const rows = await this.consultations.listOfUser(userId, query.limit, after);
    return toPage(rows, query.limit, toConsultationSummaryView, (row) => ({ at: row.last_message_at.toISOString(), id: row.id }));
  }

  async get(userId: string, id: string): Promise<ConsultationView> {
    const thread = await this.consultations.findOfUser(userId, id);
    if (!thread) throw DomainError.notFound('Consultation');
    return toConsultationView(thread, await this.consultations.messagesOf([id]));
  }

  async accessOf(userId: string): Promise<ConsultantAccess> {
    const [entitlements, openThreads] = await Promise.all([this.entitlements.forUser(userId), this.consultations.countOpenOfUser(userId)]);
    return { canWrite: entitlements.careerConsultant, openThreads, maxOpenThreads: this.config.consultations.maxOpenThreads };
  }

  async start(userId: string, input: StartConsultationInput): Promise<ConsultationView> {
    await this.assertMayWrite(userId);
    const max = this.config.consultations.maxOpenThreads;
    const id = await this.dataSource.transaction(async (manager) => {
      await this.consultations.lockOwner(userId, manager);
      if ((await this.consultations.countOpenOfUser(userId, manager)) >= max) {
        throw new DomainError(
          ErrorCode.BusinessRule,
          `You can have at most ${max} open conversations with the consultant; close one to start another`,
        );
      }
      const at = this.clock.now();
      const thread = await this.consultations.insertForUser(userId, input.topic, at, manager);
      const message = { author: 'seeker' as const, consultantId: null, body: input.message };
      await this.consultations.appendMessage(thread, message, threadAfterMessage(thread, 'seeker', at), at, manager);
      return thread.id;
    });
    return this.get(userId, id);
  }

  async addMessage(userId: string, id: string, input: ConsultationMessageInput): Promise<ConsultationView> {
    await this.dataSource.transaction(async (manager) => {
      const thread = await this.consultations.lockOfUser(userId, id, manager);
      if (!thread) throw DomainError.notFound('Consultation');
      await this.assertMayWrite(userId);
      assertOpenForMessages(thread);
      const at = this.clock.now();
      const message = { author: 'seeker' as const, consultantId: null, body: input.message };
      await this.consultations.appendMessage(thread, message, threadAfterMessage(thread, 'seeker', at), at, manager);
    });
    return this.get(userId, id);
  }

  /** Ends a thread (idempotent). Allowed on any plan: it writes no message. */
  async close(userId: string, id: string): Promise<ConsultationView> {
    await this.dataSource.transaction(async (manager) => {
      const thread = await this.consultations.lockOfUser(userId, id, manager);
      if (!thread) throw DomainError.notFound('Consultation');
      if (thread.status !== 'closed') await this.consultations.close(id, this.clock.now(), manager);
    });
    return this.get(userId, id);
  }

  private async assertMayWrite(userId: string): Promise<void> {
    if (!(await this.entitlements.forUser(userId)).careerConsultant) throw new DomainError(ErrorCode.Forbidden, CONSULTANT_NEEDS_PLUS);
  }
}
