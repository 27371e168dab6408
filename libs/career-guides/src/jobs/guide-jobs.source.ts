import { Page } from '@app/common';
import { ListingItem } from '@app/jobs';

export interface GuideJobsQuery {
  /** The guide's job category. */
  category: string | null;
  /** The guide's tags. */
  tags: string[];
  limit: number;
  cursor?: string;
  /** Who is looking: `ads` follows their plan (anonymous visitors see ads). */
  viewerId?: string;
}

export type GuideJobsPage = Page<ListingItem> & { ads: boolean };

/** Where a guide's open listings come from (the job search; a seam so guides do not depend on its internals). */
export abstract class GuideJobsSource {
  abstract openListings(query: GuideJobsQuery): Promise<GuideJobsPage>;
}
