import { Injectable } from '@nestjs/common';
import { EntitlementsService } from '@app/accounts';
import { Clock, decodeCursor, DomainError, Page, toPage } from '@app/common';
import { AppConfig } from '@app/config';
import { renderRss } from '../feed/render-rss.util';
import { JobListingRepository } from '../listing/job-listing.repository';
import { ListingDetail, ListingItem, toListingItem } from '../listing/listing-view';
import { listingUrl, presentListing } from '../listing/present-listing.util';
import { isListingPosition, ListingPosition } from './listing-position';
import { ListingRow } from './listing-row';
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

  /** A page of open listings; `ads` follows the viewer's plan (anonymous visitors see ads). */
  async list(criteria: SearchCriteria, limit: number, cursor?: string, viewerId?: string): Promise<Page<ListingItem> & { ads: boolean }> {
    const after = cursor ? decodeCursor(cursor, isListingPosition) : null;
    const [rows, ads] = await Promise.all([
      this.search.findPage(criteria, after, limit + 1),
      viewerId ? this.entitlements.forUser(viewerId).then((e) => e.ads) : true,
    ]);
    return { ...toPage(rows, limit, toListingItem, positionOf), ads };
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
      rows.map(toListingItem),
      this.clock.now(),
    );
  }
}

function positionOf(row: ListingRow): ListingPosition {
  return { f: row.featured, p: row.position, i: row.id };
}
