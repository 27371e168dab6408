import { Injectable } from '@nestjs/common';
import { JobSearchService, SearchCriteria } from '@app/jobs';
import { GuideJobsPage, GuideJobsQuery, GuideJobsSource } from './guide-jobs.source';

/**
 * A guide's open listings from the job search: those in its category. The search matches tags
 * all-of, which a guide's several tags would narrow to nothing, so tags are used only by a guide
 * without a category; a guide with neither lists no jobs.
 */
@Injectable()
export class JobSearchGuideJobsSource extends GuideJobsSource {
  constructor(private readonly search: JobSearchService) {
    super();
  }

  async openListings({ category, tags, limit, cursor, viewerId }: GuideJobsQuery): Promise<GuideJobsPage> {
    const criteria: SearchCriteria | null = category ? { category } : tags.length > 0 ? { tags } : null;
    if (!criteria) return { items: [], nextCursor: null, ads: await this.search.adsFor(viewerId) };
    return this.search.list(criteria, limit, cursor, viewerId);
  }
}
