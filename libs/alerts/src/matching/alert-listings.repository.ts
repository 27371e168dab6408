import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { buildSearchConditions, openListingCondition, SqlParams } from '@app/jobs';
import { AlertCriteria } from '../alerts/alert-criteria';
import { DigestListing } from '../mail/format-listing.util';

export interface PreviewListing extends DigestListing {
  firstPublishedAt: Date;
}

const COLUMNS = `l.id, l.slug, l.title, c.name AS company_name, l.regions, l.employment_type, l.remote,
  l.salary_min, l.salary_max, l.salary_currency, l.salary_period, l.first_published_at`;

interface Row {
  id: string;
  slug: string;
  title: string;
  company_name: string;
  regions: string[];
  employment_type: string;
  remote: boolean;
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  salary_period: string | null;
  first_published_at: Date;
  total?: string;
}

function toListing(row: Row): PreviewListing {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    companyName: row.company_name,
    regions: row.regions,
    employmentType: row.employment_type,
    remote: row.remote,
    salaryMin: row.salary_min,
    salaryMax: row.salary_max,
    salaryCurrency: row.salary_currency,
    salaryPeriod: row.salary_period,
    firstPublishedAt: row.first_published_at,
  };
}

/** Listings as a digest would show them: only while they are open. */
@Injectable()
export class AlertListingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** What one alert of the user would get next: new since its cursor, open, matching, never delivered. */
  async nextForAlert(
    userId: string,
    alert: { criteria: AlertCriteria; cursorAt: Date },
    usdRates: Record<string, number>,
    limit: number,
  ): Promise<{ listings: PreviewListing[]; total: number }> {
    const params = new SqlParams();
    const conditions = [
      openListingCondition('l'),
      `l.first_published_at > ${params.add(alert.cursorAt.toISOString())}`,
      `NOT EXISTS (SELECT 1 FROM alert_deliveries d WHERE d.user_id = ${params.add(userId)} AND d.listing_id = l.id)`,
      ...buildSearchConditions(alert.criteria, params, { alias: 'l', usdRates }),
    ];
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, count(*) OVER () AS total FROM job_listings l JOIN companies c ON c.id = l.company_id
       WHERE ${conditions.join(' AND ')}
       ORDER BY l.first_published_at DESC, l.id DESC LIMIT ${params.add(limit)}`,
      params.values,
    );
    return { listings: rows.map(toListing), total: rows.length > 0 ? Number(rows[0]!.total) : 0 };
  }
}
