import { Company } from '../company/company.entity';
import { JobListing } from './job-listing.entity';

/** Columns for reading one listing with its company in a single round trip (the hot detail route). */
export const LISTING_WITH_COMPANY_COLUMNS = `l.id, l.slug, l.company_id, l.title, l.description, l.description_html, l.employment_type,
  l.seniority, l.category, l.remote, l.regions, l.location, l.salary_min, l.salary_max, l.salary_currency, l.salary_period,
  l.salary_annual_min, l.salary_annual_max, l.salary_usd_annual_min, l.salary_usd_annual_max, l.tags, l.apply_url, l.status,
  l.featured, l.first_published_at, l.published_at, l.expires_at, l.closed_at, l.created_at, l.updated_at,
  c.slug AS company_slug, c.name AS company_name, c.website AS company_website, c.logo_url AS company_logo_url,
  c.created_at AS company_created_at, c.updated_at AS company_updated_at`;

export function listingFromRow(row: Record<string, any>): JobListing {
  const company = Object.assign(new Company(), {
    id: row.company_id,
    slug: row.company_slug,
    name: row.company_name,
    website: row.company_website,
    logoUrl: row.company_logo_url,
    createdAt: row.company_created_at,
    updatedAt: row.company_updated_at,
  });
  return Object.assign(new JobListing(), {
    id: row.id,
    slug: row.slug,
    companyId: row.company_id,
    company,
    title: row.title,
    description: row.description,
    descriptionHtml: row.description_html,
    employmentType: row.employment_type,
    seniority: row.seniority,
    category: row.category,
    remote: row.remote,
    regions: row.regions,
    location: row.location,
    salaryMin: row.salary_min,
    salaryMax: row.salary_max,
    salaryCurrency: row.salary_currency,
    salaryPeriod: row.salary_period,
    salaryAnnualMin: row.salary_annual_min,
    salaryAnnualMax: row.salary_annual_max,
    salaryUsdAnnualMin: row.salary_usd_annual_min,
    salaryUsdAnnualMax: row.salary_usd_annual_max,
    tags: row.tags,
    applyUrl: row.apply_url,
    status: row.status,
    featured: row.featured,
    firstPublishedAt: row.first_published_at,
    publishedAt: row.published_at,
    expiresAt: row.expires_at,
    closedAt: row.closed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}
