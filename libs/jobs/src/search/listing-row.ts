/** A listing as the list and feed queries return it (no description bodies). */
export interface ListingRow {
  id: string;
  slug: string;
  title: string;
  employment_type: string;
  seniority: string;
  category: string;
  remote: boolean;
  regions: string[];
  location: string | null;
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  salary_period: string | null;
  tags: string[];
  apply_url: string | null;
  status: string;
  featured: boolean;
  first_published_at: Date | null;
  published_at: Date | null;
  expires_at: Date | null;
  company_name: string;
  company_website: string | null;
  company_logo_url: string | null;
  /** Publish time in microseconds since the epoch, for the cursor. */
  position: string;
}

export const LISTING_ROW_COLUMNS = `l.id, l.slug, l.title, l.employment_type, l.seniority, l.category, l.remote, l.regions, l.location,
  l.salary_min, l.salary_max, l.salary_currency, l.salary_period, l.tags, l.apply_url, l.status, l.featured,
  l.first_published_at, l.published_at, l.expires_at,
  c.name AS company_name, c.website AS company_website, c.logo_url AS company_logo_url,
  (extract(epoch FROM l.published_at) * 1000000)::bigint::text AS position`;
