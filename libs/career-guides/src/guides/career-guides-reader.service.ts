import { Injectable } from '@nestjs/common';
import { AuthUser, Role } from '@app/accounts';
import { decodeCursor, DomainError, Page, toPage } from '@app/common';
import { GuideJobsPage, GuideJobsSource } from '../jobs/guide-jobs.source';
import { CareerGuide } from './career-guide.entity';
import { CareerGuidesRepository } from './career-guides.repository';
import { GuideListItem, GuideView, toGuideListItem, toGuideView } from './guide-view';
import { NewestPosition, PublishedGuidesQuery, RankPosition } from './published-guides.query';

export interface GuideListQuery {
  q?: string;
  category?: string;
  limit: number;
  cursor?: string;
}

const isNewestPosition = (value: unknown): value is NewestPosition => {
  const v = value as NewestPosition | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.id === 'string' &&
    typeof v.publishedAt === 'string' &&
    !Number.isNaN(Date.parse(v.publishedAt))
  );
};

const isRankPosition = (value: unknown): value is RankPosition => {
  const v = value as RankPosition | null;
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && typeof v.rank === 'number' && Number.isFinite(v.rank);
};

/** What visitors read: published guides, listed, searched and one by slug (admins also see drafts). */
@Injectable()
export class CareerGuidesReaderService {
  constructor(
    private readonly guides: CareerGuidesRepository,
    private readonly published: PublishedGuidesQuery,
    private readonly jobs: GuideJobsSource,
  ) {}

  async list({ q, category, limit, cursor }: GuideListQuery): Promise<Page<GuideListItem>> {
    const text = q?.trim();
    if (text) {
      const after = cursor === undefined ? undefined : decodeCursor(cursor, isRankPosition);
      const rows = await this.published.search({ q: text, category, limit }, after);
      return toPage(
        rows,
        limit,
        (row) => toGuideListItem(row.guide),
        (row) => ({ rank: row.rank, id: row.guide.id }),
      );
    }
    const after = cursor === undefined ? undefined : decodeCursor(cursor, isNewestPosition);
    const rows = await this.published.newest({ category, limit }, after);
    return toPage(rows, limit, toGuideListItem, (row) => ({ publishedAt: row.publishedAt!.toISOString(), id: row.id }));
  }

  async getBySlug(slug: string, viewer?: AuthUser): Promise<GuideView> {
    return toGuideView(await this.visible(slug, viewer));
  }

  /** Open job listings in the guide's category and tags, with the viewer's `ads` flag as the search has it. */
  async openJobs(slug: string, viewer: AuthUser | undefined, page: { limit: number; cursor?: string }): Promise<GuideJobsPage> {
    return this.openJobsOf(await this.visible(slug, viewer), viewer, page);
  }

  /** The open listings of a guide already read (the guide page shows both). */
  openJobsOf(
    guide: Pick<GuideView, 'jobCategory' | 'tags'>,
    viewer: AuthUser | undefined,
    page: { limit: number; cursor?: string },
  ): Promise<GuideJobsPage> {
    return this.jobs.openListings({ category: guide.jobCategory, tags: guide.tags, viewerId: viewer?.id, ...page });
  }

  /** A guide that is not published is "not found" for everyone but admins. */
  private async visible(slug: string, viewer: AuthUser | undefined): Promise<CareerGuide> {
    const guide = await this.guides.findBySlug(slug);
    if (!guide || (guide.status !== 'published' && viewer?.role !== Role.Admin)) throw DomainError.notFound('Career guide');
    return guide;
  }
}
