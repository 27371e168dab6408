import { BookmarkView } from '@app/jobs';
import { toListingCard } from '../jobs/to-listing-card';
import { formatDate } from '../views/format';
import { SavedJobModel } from '../views/pages/bookmarks-page';

const STATUS_NOTES: Record<string, string> = { closed: 'Closed', expired: 'Expired' };

export function toSavedJob(bookmark: BookmarkView, now: Date, returnTo: string): SavedJobModel {
  return {
    card: toListingCard(bookmark.listing, now),
    savedOn: formatDate(bookmark.bookmarkedAt),
    statusNote: STATUS_NOTES[bookmark.listing.status] ?? null,
    toggle: { listingId: bookmark.listing.id, saved: true, returnTo },
  };
}
