import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PersonalDataSource, PersonalDataSourceProvider } from '@app/accounts';
import { BookmarksRepository } from './bookmarks.repository';

/** The listings the user saved. */
@PersonalDataSourceProvider()
@Injectable()
export class BookmarksPersonalDataSource implements PersonalDataSource {
  readonly section = 'bookmarks';

  constructor(private readonly bookmarks: BookmarksRepository) {}

  async exportFor(userId: string, manager: EntityManager): Promise<unknown> {
    const rows = await this.bookmarks.listAllOfUser(userId, manager);
    return rows.map((row) => ({
      listing: { id: row.id, slug: row.slug, title: row.title, company: row.company_name },
      bookmarkedAt: row.bookmarked_at,
    }));
  }

  async eraseFor(userId: string, manager: EntityManager): Promise<void> {
    await this.bookmarks.deleteAllOfUser(userId, manager);
  }
}
