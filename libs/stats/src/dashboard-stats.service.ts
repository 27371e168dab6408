import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PlusMembership } from '@app/billing';
import { Clock } from '@app/common';
import { AppConfig } from '@app/config';
import { DashboardStats, DayCounts } from './dashboard-stats';

export const DASHBOARD_DAYS = 30;
const DAY_MS = 86_400_000;

type DayCount = Array<{ day: string; n: number }>;

/** `day → count` of rows whose time column falls on each UTC day since `since` (one index range scan). */
const perDaySql = (table: string, column: string, where = '') =>
  `SELECT to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*)::int AS n
   FROM ${table} WHERE ${column} >= $1 ${where} GROUP BY 1`;

/**
 * The admin dashboard: read-only counts over the tables of several domains (users, listings, applications,
 * digests) and billing's own count of Plus members. Days are UTC days.
 */
@Injectable()
export class DashboardStatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plus: PlusMembership,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async get(): Promise<DashboardStats> {
    const now = this.clock.now();
    const days = lastDays(now, DASHBOARD_DAYS);
    const since = new Date(`${days[0]}T00:00:00.000Z`);
    const [[totals], signups, applications, digests, newPlus, plusSubscribers] = await Promise.all([
      this.dataSource.query(
        `SELECT (SELECT count(*)::int FROM users) AS users,
                (SELECT count(*)::int FROM job_listings WHERE status = 'published' AND expires_at > $1) AS open_listings`,
        [now],
      ) as Promise<Array<{ users: number; open_listings: number }>>,
      this.perDay(perDaySql('users', 'created_at'), since),
      this.perDay(perDaySql('job_applications', 'created_at'), since),
      this.perDay(perDaySql('alert_digests', 'sent_at', `AND status = 'sent'`), since),
      this.plus.newMembersPerDay(since),
      this.plus.countMembers(now),
    ]);
    return {
      users: totals.users,
      plusSubscribers,
      monthlyRecurringRevenue: (plusSubscribers * this.config.billing.plusPriceCents) / 100,
      currency: this.config.billing.currency,
      openListings: totals.open_listings,
      days: days.map((day): DayCounts => ({
        day,
        signups: signups.get(day) ?? 0,
        applications: applications.get(day) ?? 0,
        digestsSent: digests.get(day) ?? 0,
        newPlus: newPlus.get(day) ?? 0,
      })),
    };
  }

  private async perDay(sql: string, since: Date): Promise<Map<string, number>> {
    const rows: DayCount = await this.dataSource.query(sql, [since]);
    return new Map(rows.map((row) => [row.day, row.n]));
  }
}

/** The `count` UTC days ending today, oldest first, as `YYYY-MM-DD`. */
export function lastDays(now: Date, count: number): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: count }, (_, i) => new Date(today - (count - 1 - i) * DAY_MS).toISOString().slice(0, 10));
}
