import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PersonalDataSource, PersonalDataSourceProvider } from '@app/accounts';
import { ApplicationsRepository } from './applications.repository';

/** The user's job applications, with the listing each one was for. */
@PersonalDataSourceProvider()
@Injectable()
export class ApplicationsPersonalDataSource implements PersonalDataSource {
  readonly section = 'applications';

  constructor(private readonly applications: ApplicationsRepository) {}

  async exportFor(userId: string, manager: EntityManager): Promise<unknown> {
    const rows = await this.applications.listAllOfUser(userId, manager);
    return rows.map((row) => ({
      id: row.a_id,
      listing: { id: row.id, slug: row.slug, title: row.title, company: row.company_name },
      status: row.a_status,
      coverLetter: row.a_cover_letter,
      resumeUrl: row.a_resume_url,
      statusChangedAt: row.a_status_changed_at,
      createdAt: row.a_created_at,
      updatedAt: row.a_updated_at,
    }));
  }

  async eraseFor(userId: string, manager: EntityManager): Promise<void> {
    await this.applications.deleteAllOfUser(userId, manager);
  }
}
