import { Injectable } from '@nestjs/common';
import { EntitlementsService } from '@app/accounts';
import { Clock, decodeCursor, DomainError, Page, toPage } from '@app/common';
import { AppConfig } from '@app/config';
import { renderRss } from '../feed/render-rss.util';
import { JobListingRepository } from '../listing/job-listing.repository';
import { ListingDetail, ListingItem } from '../listing/listing-view';
import { listingUrl, presentListing } from '../listing/present-listing.util';
import { isListingPosition, ListingPosition } from './listing-position';
import { ListingItemRow } from './listing-row';
import { ListingSearchRepository } from './listing-search.repository';
import { SearchCriteria } from './search-criteria';

export const FEED_SIZE = 50;

/** What visitors see: the search, one listing, the RSS feed. */
@Injectable()
export class JobSearchService {
  constructor(
    private readonly search: ListingSearchRepository,
    private readonly listings: JobListingRepository,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly entitlements: EntitlementsService,
  ) {}

  /**
   * The search page as GET /v1/jobs sends it, JSON text: the items pass through as Postgres rendered them
   * (LISTING_ITEM_COLUMNS). `ads` follows the viewer's plan (anonymous visitors see ads).
   */
  async listJson(criteria: SearchCriteria, limit: number, cursor?: string, viewerId?: string): Promise<string> {
    const { items, nextCursor, ads } = await this.page(criteria, limit, cursor, viewerId);
    return `{"items":[${items.join(',')}],"nextCursor":${JSON.stringify(nextCursor)},"ads":${ads}}`;
  }

  /** The same page with each item as the JSON text Postgres rendered (the search page renders each once). */
  listItems(criteria: SearchCriteria, limit: number, cursor?: string, viewerId?: string): Promise<Page<string> & { ads: boolean }> {
    return this.page(criteria, limit, cursor, viewerId);
  }

  /** The same page as objects (a career guide embeds it). */
  async list(criteria: SearchCriteria, limit: number, cursor?: string, viewerId?: string): Promise<Page<ListingItem> & { ads: boolean }> {
    const { items, nextCursor, ads } = await this.page(criteria, limit, cursor, viewerId);
    return { items: items.map(parseItem), nextCursor, ads };
  }

  /** Whether the viewer sees ads: anonymous visitors and Free users do. */
  async adsFor(viewerId?: string): Promise<boolean> {
    return viewerId ? (await this.entitlements.forUser(viewerId)).ads : true;
  }

  /** A listing by id or slug: drafts only for admins; closed and expired ones answer with their status. */
  async get(idOrSlug: string, canSeeDrafts: boolean): Promise<ListingDetail> {
    const listing = await this.listings.findByIdOrSlug(idOrSlug);
    if (!listing || (listing.status === 'draft' && !canSeeDrafts)) throw DomainError.notFound('Job listing');
    return presentListing(listing, this.clock.now(), this.config.http.appUrl);
  }

  async feed(criteria: SearchCriteria, selfPath: string): Promise<string> {
    const rows = await this.search.findPage(criteria, null, FEED_SIZE);
    const base = this.config.http.appUrl;
    return renderRss(
      {
        title: 'Job Board — latest jobs',
        link: `${base}/jobs`,
        selfUrl: `${base}${selfPath}`,
        description: 'The newest open job listings matching your search',
        listingUrl: (item) => listingUrl(base, item.slug),
      },
      rows.map((row) => parseItem(row.item)),
      this.clock.now(),
    );
  }

  private async page(
    criteria: SearchCriteria,
    limit: number,
    cursor?: string,
    viewerId?: string,
  ): Promise<Page<string> & { ads: boolean }> {
    const after = cursor ? decodeCursor(cursor, isListingPosition) : null;
    const [rows, ads] = await Promise.all([this.search.findPage(criteria, after, limit + 1), this.adsFor(viewerId)]);
    return { ...toPage(rows, limit, (row) => row.item, positionOf), ads };
  }
}

function parseItem(item: string): ListingItem {
  return JSON.parse(item) as ListingItem;
}

function positionOf(row: ListingItemRow): ListingPosition {
  return { f: row.featured, p: row.position, i: row.id };
}
