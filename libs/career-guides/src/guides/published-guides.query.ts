import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { websearchQueryText } from '@app/database';
import { CareerGuide } from './career-guide.entity';

export interface NewestPosition extends Record<string, unknown> {
  publishedAt: string;
  id: string;
}

export interface RankPosition extends Record<string, unknown> {
  rank: number;
  id: string;
}

export interface PublishedGuidesFilter {
  category?: string;
  limit: number;
}

export interface RankedGuide {
  guide: CareerGuide;
  rank: number;
}

const LIST_COLUMNS = ['id', 'slug', 'title', 'summary', 'jobCategory', 'tags', 'stats', 'publishedAt'].map((column) => `g.${column}`);
const QUERY = `websearch_to_tsquery('english', :q)`;
const RANK = `ts_rank(g.search_vector, ${QUERY})`;

/** The public list of guides: published only, newest first or ranked by a full-text query. Fetches limit + 1 rows. */
@Injectable()
export class PublishedGuidesQuery {
  constructor(@InjectRepository(CareerGuide) private readonly guides: Repository<CareerGuide>) {}

  newest(filter: PublishedGuidesFilter, after?: NewestPosition): Promise<CareerGuide[]> {
    const query = this.published(filter).orderBy('g.published_at', 'DESC').addOrderBy('g.id', 'DESC');
    if (after) query.andWhere('(g.published_at, g.id) < (:publishedAt, :id)', after);
    return query.limit(filter.limit + 1).getMany();
  }

  async search(filter: PublishedGuidesFilter & { q: string }, after?: RankPosition): Promise<RankedGuide[]> {
    const query = this.published(filter)
      .addSelect(RANK, 'rank')
      .andWhere(`g.search_vector @@ ${QUERY}`)
      .setParameter('q', websearchQueryText(filter.q))
      .orderBy('rank', 'DESC')
      .addOrderBy('g.id', 'ASC');
    if (after) {
      query.andWhere(`(${RANK} < CAST(:rank AS real) OR (${RANK} = CAST(:rank AS real) AND g.id > :id))`, after);
    }
    const { entities, raw } = await query.limit(filter.limit + 1).getRawAndEntities<{ g_id: string; rank: number }>();
    const rankOf = new Map(raw.map((row) => [row.g_id, Number(row.rank)]));
    return entities.map((guide) => ({ guide, rank: rankOf.get(guide.id) ?? 0 }));
  }

  private published(filter: PublishedGuidesFilter): SelectQueryBuilder<CareerGuide> {
    const query = this.guides.createQueryBuilder('g').select(LIST_COLUMNS).where(`g.status = 'published'`);
    if (filter.category) query.andWhere('g.job_category = :category', { category: filter.category });
    return query;
  }
}
