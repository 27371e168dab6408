import { Injectable } from '@nestjs/common';
import { Clock, decodeCursor, DomainError, isCreatedAtPosition, Page, toPage } from '@app/common';
import { BookmarkView, bookmarkPosition, toBookmarkView } from './bookmark-view';
import { BookmarksRepository } from './bookmarks.repository';

/** A seeker's saved listings; saving and removing are idempotent (SPEC §7). */
@Injectable()
export class BookmarksService {
  constructor(
    private readonly bookmarks: BookmarksRepository,
    private readonly clock: Clock,
  ) {}

  async add(userId: string, listingId: string): Promise<void> {
    if (!(await this.bookmarks.listingIsVisible(listingId))) throw DomainError.notFound('Job listing');
    await this.bookmarks.addForUser(userId, listingId);
  }

  async remove(userId: string, listingId: string): Promise<void> {
    await this.bookmarks.removeForUser(userId, listingId);
  }

  isSaved(userId: string, listingId: string): Promise<boolean> {
    return this.bookmarks.existsForUser(userId, listingId);
  }

  async list(userId: string, query: { limit: number; cursor?: string }): Promise<Page<BookmarkView>> {
    const after = query.cursor ? decodeCursor(query.cursor, isCreatedAtPosition) : undefined;
    const rows = await this.bookmarks.listOfUserWithListing(userId, query.limit, after);
    const now = this.clock.now();
    return toPage(rows, query.limit, (row) => toBookmarkView(row, now), bookmarkPosition);
  }
}
