import { ListingItem } from '../listing/listing-view';
import { ListingRow } from '../search/listing-row';
import { toEmbeddedListing } from '../applications/embedded-listing.util';

export interface BookmarkView {
  bookmarkedAt: string;
  listing: ListingItem;
}

export type BookmarkListingRow = ListingRow & { bookmarked_at: Date };

export function toBookmarkView(row: BookmarkListingRow, now: Date): BookmarkView {
  return { bookmarkedAt: row.bookmarked_at.toISOString(), listing: toEmbeddedListing(row, now) };
}

export function bookmarkPosition(row: BookmarkListingRow): { createdAt: string; id: string } {
  return { createdAt: row.bookmarked_at.toISOString(), id: row.id };
}
