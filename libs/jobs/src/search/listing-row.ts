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

/** A search result: its place in the order (for the cursor) and the item as JSON text. */
export interface ListingItemRow {
  id: string;
  featured: boolean;
  /** Publish time in microseconds since the epoch, for the cursor. */
  position: string;
  item: string;
}

/**
 * A search result's columns: the item comes rendered (job_listing_items, kept by triggers; see the ListingItems
 * migration), so the search page and the feed neither parse two dozen columns per row nor serialise objects. As a
 * scalar subquery it is read only for the rows that survive the page's LIMIT.
 */
export const LISTING_ITEM_COLUMNS = `l.id, l.featured, (extract(epoch FROM l.published_at) * 1000000)::bigint::text AS position,
  (SELECT it.item FROM job_listing_items it WHERE it.listing_id = l.id) AS item`;
