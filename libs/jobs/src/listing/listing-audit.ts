import { AuditActor, AuditTrail, fieldChanges } from '@app/audit';
import { EntityManager } from 'typeorm';
import { JobListing } from './job-listing.entity';

/** The listing fields an audit entry compares (the derived HTML and salaries follow from these). */
export const AUDITED_LISTING_FIELDS = [
  'title',
  'companyId',
  'description',
  'employmentType',
  'seniority',
  'category',
  'remote',
  'regions',
  'location',
  'salaryMin',
  'salaryMax',
  'salaryCurrency',
  'salaryPeriod',
  'tags',
  'applyUrl',
  'featured',
  'status',
  'publishedAt',
  'expiresAt',
  'closedAt',
] as const satisfies ReadonlyArray<keyof JobListing>;

/** A snapshot of the audited fields, taken before a change. */
export function listingSnapshot(listing: JobListing): Partial<JobListing> {
  return Object.fromEntries(AUDITED_LISTING_FIELDS.map((field) => [field, structuredClone(listing[field])]));
}

export type ListingAction = 'create' | 'update' | 'publish' | 'close' | 'delete' | 'import';

/** Records a change to a listing in the transaction that made it. */
export function auditListing(
  audit: AuditTrail,
  manager: EntityManager,
  actor: AuditActor,
  action: ListingAction,
  before: Partial<JobListing> | null,
  after: JobListing,
): Promise<void> {
  return audit.record(manager, {
    actor,
    action: `listing.${action}`,
    entity: 'listing',
    entityId: after.id,
    changes: fieldChanges(before, after, AUDITED_LISTING_FIELDS),
  });
}
