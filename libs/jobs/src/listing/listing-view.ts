import { ListingRow } from '../search/listing-row';
import { JobListing } from './job-listing.entity';
import { EmploymentType, ListingStatus, SalaryPeriod, Seniority } from './job-listing.types';

export interface CompanyView {
  name: string;
  website: string | null;
  logoUrl: string | null;
}

export interface ListingItem {
  id: string;
  slug: string;
  title: string;
  company: CompanyView;
  employmentType: EmploymentType;
  seniority: Seniority;
  category: string;
  remote: boolean;
  regions: string[];
  location: string | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  salaryPeriod: SalaryPeriod | null;
  tags: string[];
  applyUrl: string | null;
  status: ListingStatus;
  featured: boolean;
  firstPublishedAt: string | null;
  publishedAt: string | null;
  expiresAt: string | null;
}

export interface ListingDetail extends ListingItem {
  description: string;
  descriptionHtml: string;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** schema.org JobPosting while the listing is open, otherwise null. */
  jsonLd: Record<string, unknown> | null;
}

const iso = (date: Date | null): string | null => (date ? new Date(date).toISOString() : null);

/** A published listing past its expiry is reported as expired even before the expiry job has run. */
export function effectiveStatus(status: ListingStatus, expiresAt: Date | null, now: Date): ListingStatus {
  return status === 'published' && expiresAt !== null && expiresAt.getTime() <= now.getTime() ? 'expired' : status;
}

export function toListingItem(row: ListingRow): ListingItem {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    company: { name: row.company_name, website: row.company_website, logoUrl: row.company_logo_url },
    employmentType: row.employment_type as EmploymentType,
    seniority: row.seniority as Seniority,
    category: row.category,
    remote: row.remote,
    regions: row.regions,
    location: row.location,
    salaryMin: row.salary_min,
    salaryMax: row.salary_max,
    salaryCurrency: row.salary_currency,
    salaryPeriod: row.salary_period as SalaryPeriod | null,
    tags: row.tags,
    applyUrl: row.apply_url,
    status: row.status as ListingStatus,
    featured: row.featured,
    firstPublishedAt: iso(row.first_published_at),
    publishedAt: iso(row.published_at),
    expiresAt: iso(row.expires_at),
  };
}

export function toListingDetail(listing: JobListing, now: Date, jsonLd: Record<string, unknown> | null): ListingDetail {
  return {
    id: listing.id,
    slug: listing.slug,
    title: listing.title,
    company: { name: listing.company!.name, website: listing.company!.website, logoUrl: listing.company!.logoUrl },
    employmentType: listing.employmentType,
    seniority: listing.seniority,
    category: listing.category,
    remote: listing.remote,
    regions: listing.regions,
    location: listing.location,
    salaryMin: listing.salaryMin,
    salaryMax: listing.salaryMax,
    salaryCurrency: listing.salaryCurrency,
    salaryPeriod: listing.salaryPeriod,
    tags: listing.tags,
    applyUrl: listing.applyUrl,
    status: effectiveStatus(listing.status, listing.expiresAt, now),
    featured: listing.featured,
    firstPublishedAt: iso(listing.firstPublishedAt),
    publishedAt: iso(listing.publishedAt),
    expiresAt: iso(listing.expiresAt),
    description: listing.description,
    descriptionHtml: listing.descriptionHtml,
    closedAt: iso(listing.closedAt),
    createdAt: iso(listing.createdAt)!,
    updatedAt: iso(listing.updatedAt)!,
    jsonLd,
  };
}
