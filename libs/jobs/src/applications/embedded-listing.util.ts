import { effectiveStatus, ListingItem, toListingItem } from '../listing/listing-view';
import { ListingRow } from '../search/listing-row';

/** The listing shown inside an application or a bookmark, with the status it has right now. */
export function toEmbeddedListing(row: ListingRow, now: Date): ListingItem {
  return { ...toListingItem(row), status: effectiveStatus(row.status as ListingItem['status'], row.expires_at, now) };
}
