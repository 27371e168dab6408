import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { CreatedAtPosition } from '@app/common';
import { JobListing } from '../listing/job-listing.entity';
import { LISTING_ROW_COLUMNS } from '../search/listing-row';
import { BookmarkListingRow } from './bookmark-view';
import { JobBookmark } from './job-bookmark.entity';

const WITH_LISTING = `SELECT b.created_at AS bookmarked_at, ${LISTING_ROW_COLUMNS}
  FROM job_bookmarks b JOIN job_listings l ON l.id = b.listing_id JOIN companies c ON c.id = l.company_id`;

/** Bookmarks are only ever read or written for their owner, whose id comes first. */
@Injectable()
export class BookmarksRepository {
  constructor(@InjectRepository(JobBookmark) private readonly bookmarks: Repository<JobBookmark>) {}

  /** A listing a seeker may bookmark: any that is not a draft (closed and expired ones still answer by id). */
  async listingIsVisible(listingId: string): Promise<boolean> {
    const listing = await this.bookmarks.manager.findOne(JobListing, { where: { id: listingId }, select: { id: true, status: true } });
    return listing !== null && listing.status !== 'draft';
  }

  /** Idempotent: bookmarking again keeps the original time. */
  async addForUser(userId: string, listingId: string): Promise<void> {
    await this.bookmarks.createQueryBuilder().insert().into(JobBookmark).values({ userId, listingId }).orIgnore().execute();
  }

  async existsForUser(userId: string, listingId: string): Promise<boolean> {
    return this.bookmarks.existsBy({ userId, listingId });
  }

  async removeForUser(userId: string, listingId: string): Promise<void> {
    await this.bookmarks.delete({ userId, listingId });
  }

  /** Newest first; `limit + 1` rows so the caller can tell whether another page exists. */
  listOfUserWithListing(userId: string, limit: number, after?: CreatedAtPosition): Promise<BookmarkListingRow[]> {
    const params: unknown[] = [userId, limit + 1];
    const keyset = after ? `AND (b.created_at, b.listing_id) < ($3, $4)` : '';
    if (after) params.push(after.createdAt, after.id);
    return this.bookmarks.query(
      `${WITH_LISTING} WHERE b.user_id = $1 ${keyset} ORDER BY b.created_at DESC, b.listing_id DESC LIMIT $2`,
      params,
    );
  }

  listAllOfUser(userId: string, manager: EntityManager): Promise<BookmarkListingRow[]> {
    return manager.query(`${WITH_LISTING} WHERE b.user_id = $1 ORDER BY b.created_at, b.listing_id`, [userId]);
  }

  async deleteAllOfUser(userId: string, manager: EntityManager): Promise<void> {
    await manager.delete(JobBookmark, { userId });
  }
}
