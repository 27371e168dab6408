import { ListingItem } from '../listing/listing-view';
import { ListingRow } from '../search/listing-row';
import { ApplicationStatus } from './application-status';
import { toEmbeddedListing } from './embedded-listing.util';

interface ApplicationFields {
  id: string;
  status: ApplicationStatus;
  coverLetter: string | null;
  resumeUrl: string | null;
  statusChangedAt: string;
  createdAt: string;
  updatedAt: string;
}

/** What the seeker sees of their application: the listing is embedded. */
export interface ApplicationView extends ApplicationFields {
  listing: ListingItem;
}

/** The answer to an apply: for an external listing the client continues at `applyUrl`. */
export interface SubmittedApplicationView extends ApplicationView {
  applyUrl: string | null;
}

/** A seeker's application to one listing, as the listing page shows it. */
export type OwnApplicationState = Pick<ApplicationFields, 'id' | 'status' | 'createdAt' | 'statusChangedAt'>;

/** What an admin reviewing a listing sees: the applicant instead of the listing. */
export interface ReviewedApplicationView extends ApplicationFields {
  listingId: string;
  applicant: { id: string; name: string; email: string };
}

export interface ApplicationColumns {
  a_id: string;
  a_listing_id: string;
  a_user_id: string;
  a_status: ApplicationStatus;
  a_cover_letter: string | null;
  a_resume_url: string | null;
  a_status_changed_at: Date;
  a_created_at: Date;
  a_updated_at: Date;
}

export type ApplicationListingRow = ApplicationColumns & ListingRow;
export type ApplicationApplicantRow = ApplicationColumns & { applicant_name: string; applicant_email: string };

function toFields(row: ApplicationColumns): ApplicationFields {
  return {
    id: row.a_id,
    status: row.a_status,
    coverLetter: row.a_cover_letter,
    resumeUrl: row.a_resume_url,
    statusChangedAt: row.a_status_changed_at.toISOString(),
    createdAt: row.a_created_at.toISOString(),
    updatedAt: row.a_updated_at.toISOString(),
  };
}

export function toApplicationView(row: ApplicationListingRow, now: Date): ApplicationView {
  return { ...toFields(row), listing: toEmbeddedListing(row, now) };
}

export function toReviewedApplicationView(row: ApplicationApplicantRow): ReviewedApplicationView {
  return {
    ...toFields(row),
    listingId: row.a_listing_id,
    applicant: { id: row.a_user_id, name: row.applicant_name, email: row.applicant_email },
  };
}

export function applicationPosition(row: ApplicationColumns): { createdAt: string; id: string } {
  return { createdAt: row.a_created_at.toISOString(), id: row.a_id };
}
