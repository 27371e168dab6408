import { toJobPosting } from '../feed/to-job-posting.util';
import { JobListing } from './job-listing.entity';
import { effectiveStatus, ListingDetail, toListingDetail } from './listing-view';

export function listingUrl(appUrl: string, slug: string): string {
  return `${appUrl}/jobs/${encodeURIComponent(slug)}`;
}

/** The detail view of a listing; the JobPosting JSON-LD only while it is open. */
export function presentListing(listing: JobListing, now: Date, appUrl: string): ListingDetail {
  const open = effectiveStatus(listing.status, listing.expiresAt, now) === 'published';
  return toListingDetail(listing, now, open ? toJobPosting(listing, listingUrl(appUrl, listing.slug)) : null);
}
