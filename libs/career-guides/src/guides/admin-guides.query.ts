import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Page } from '@app/common';
import { everyStatusSearchSql, newestFirstPage } from '@app/database';
import { GuideStatus } from './guide-status';

export interface AdminGuidesFilter {
  status?: GuideStatus;
  q?: string;
  limit: number;
  cursor?: string;
}

/** A row of the admins' guide table: every status. */
export interface AdminGuideItem {
  id: string;
  slug: string;
  title: string;
  status: GuideStatus;
  jobCategory: string | null;
  version: number;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

interface AdminGuideRow {
  id: string;
  slug: string;
  title: string;
  status: GuideStatus;
  job_category: string | null;
  version: number;
  published_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** Every guide for admins, newest change first; by status and full-text search. */
@Injectable()
export class AdminGuidesQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(filter: AdminGuidesFilter): Promise<Page<AdminGuideItem>> {
    const q = filter.q?.trim();
    return newestFirstPage<AdminGuideRow, AdminGuideItem>(
      this.dataSource,
      {
        list: 'admin-guides',
        select: 'g.id, g.slug, g.title, g.status, g.job_category, g.version, g.published_at, g.created_at, g.updated_at',
        from: 'FROM career_guides g',
        where: (add) => [...(filter.status ? [`g.status = ${add(filter.status)}`] : []), ...(q ? [everyStatusSearchSql('g', add(q))] : [])],
        time: 'g.updated_at',
        id: 'g.id',
        limit: filter.limit,
        cursor: filter.cursor,
      },
      (row) => ({
        id: row.id,
        slug: row.slug,
        title: row.title,
        status: row.status,
        jobCategory: row.job_category,
        version: row.version,
        publishedAt: row.published_at?.toISOString() ?? null,
        createdAt: row.created_at.toISOString(),
        updatedAt: row.updated_at.toISOString(),
      }),
    );
  }
}
