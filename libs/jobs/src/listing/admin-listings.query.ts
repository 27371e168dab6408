import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, Page } from '@app/common';
import { AddParam, everyStatusSearchSql, newestFirstPage } from '@app/database';
import { ListingStatus } from './job-listing.types';
import { effectiveStatus } from './listing-view';

export interface AdminListingsFilter {
  status?: ListingStatus;
  q?: string;
  limit: number;
  cursor?: string;
}

/** A row of the admins' listing table: every status, with its count of applications. */
export interface AdminListingItem {
  id: string;
  slug: string;
  title: string;
  company: { name: string };
  status: ListingStatus;
  featured: boolean;
  applications: number;
  publishedAt: string | null;
  expiresAt: string | null;
  createdAt: string;
  updatedAt: string;
}

interface AdminListingRow {
  id: string;
  slug: string;
  title: string;
  company_name: string;
  status: ListingStatus;
  featured: boolean;
  applications: number;
  published_at: Date | null;
  expires_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** The status as shown (a published listing past its expiry is expired before the expiry job has run). */
function statusCondition(status: ListingStatus, now: Date, add: AddParam): string {
  if (status === 'published') return `l.status = 'published' AND (l.expires_at IS NULL OR l.expires_at > ${add(now)})`;
  if (status === 'expired') return `(l.status = 'expired' OR (l.status = 'published' AND l.expires_at <= ${add(now)}))`;
  return `l.status = ${add(status)}`;
}

/** Every listing for admins, newest change first; by status (as shown) and full-text search. */
@Injectable()
export class AdminListingsQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  list(filter: AdminListingsFilter): Promise<Page<AdminListingItem>> {
    const now = this.clock.now();
    const q = filter.q?.trim();
    return newestFirstPage<AdminListingRow, AdminListingItem>(
      this.dataSource,
      {
        list: 'admin-jobs',
        select: `l.id, l.slug, l.title, c.name AS company_name, l.status, l.featured, l.published_at, l.expires_at,
                 l.created_at, l.updated_at, (SELECT count(*)::int FROM job_applications a WHERE a.listing_id = l.id) AS applications`,
        from: 'FROM job_listings l JOIN companies c ON c.id = l.company_id',
        where: (add) => [
          ...(filter.status ? [statusCondition(filter.status, now, add)] : []),
          ...(q ? [everyStatusSearchSql('l', add(q))] : []),
        ],
        time: 'l.updated_at',
        id: 'l.id',
        limit: filter.limit,
        cursor: filter.cursor,
      },
      (row) => ({
        id: row.id,
        slug: row.slug,
        title: row.title,
        company: { name: row.company_name },
        status: effectiveStatus(row.status, row.expires_at, now),
        featured: row.featured,
        applications: row.applications,
        publishedAt: row.published_at?.toISOString() ?? null,
        expiresAt: row.expires_at?.toISOString() ?? null,
        createdAt: row.created_at.toISOString(),
        updatedAt: row.updated_at.toISOString(),
      }),
    );
  }
}
