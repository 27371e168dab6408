import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { SubscriptionRepository } from '../subscriptions/subscription.repository';
import { planRulesOf } from './plan-rules-of.util';

/** Who pays for Plus, counted by billing's one rule (grantsPlus), for the pricing page and the admin dashboard. */
@Injectable()
export class PlusMembership {
  constructor(
    private readonly dataSource: DataSource,
    private readonly subscriptions: SubscriptionRepository,
    private readonly config: AppConfig,
  ) {}

  /** Users who are Plus now: one count in SQL, an index-only scan (SubscriptionRepository.countPlusMembers). */
  countMembers(now = new Date()): Promise<number> {
    const { plusPriceId, pastDueGrantsPlus } = planRulesOf(this.config);
    if (plusPriceId === null) return Promise.resolve(0);
    return this.subscriptions.countPlusMembers({ plusPriceId, pastDueGrantsPlus }, now);
  }

  /** Users whose first Plus subscription began on each UTC day since `since` (`YYYY-MM-DD` → count). */
  async newMembersPerDay(since: Date): Promise<Map<string, number>> {
    const price = planRulesOf(this.config).plusPriceId;
    if (price === null) return new Map();
    const rows: Array<{ day: string; n: number }> = await this.dataSource.query(
      `SELECT to_char(first_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*)::int AS n
       FROM (SELECT min(created_at) AS first_at FROM subscriptions WHERE price_id = $1 GROUP BY user_id) s
       WHERE first_at >= $2 GROUP BY 1`,
      [price, since],
    );
    return new Map(rows.map((row) => [row.day, row.n]));
  }
}
