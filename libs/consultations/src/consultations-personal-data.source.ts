import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PersonalDataSource, PersonalDataSourceProvider } from '@app/common';
import { toConsultationView } from './consultation-view';
import { ConsultationsRepository } from './consultations.repository';

/**
 * The user's threads with the career consultant, every message in order; for an admin, also the replies they wrote
 * as a consultant. Erasure deletes the user's threads; an erased admin's replies stay in the seekers' threads,
 * signed "Former consultant" (the foreign key sets their author to null).
 */
@PersonalDataSourceProvider()
@Injectable()
export class ConsultationsPersonalDataSource implements PersonalDataSource {
  readonly section = 'consultations';

  constructor(private readonly consultations: ConsultationsRepository) {}

  async exportFor(userId: string, manager: EntityManager): Promise<unknown> {
    const threads = await this.consultations.listAllOfUser(userId, manager);
    const replies = await this.consultations.repliesOfConsultant(userId, manager);
    return {
      threads: threads.map(({ thread, messages }) => toConsultationView(thread, messages)),
      repliesAsConsultant: replies.map((reply) => ({
        id: reply.id,
        consultationId: reply.consultation_id,
        body: reply.body,
        createdAt: reply.created_at.toISOString(),
      })),
    };
  }

  async eraseFor(userId: string, manager: EntityManager): Promise<void> {
    await this.consultations.deleteAllOfUser(userId, manager);
  }
}
