import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { grantsPlus } from './grants-plus.util';
import { planRulesOf } from './plan-rules-of.util';

interface CandidateRow {
  user_id: string;
  status: string;
  price_id: string | null;
  cancel_at_period_end: boolean;
  cancel_at: Date | null;
  current_period_end: Date | null;
}

/** Who pays for Plus, counted by billing's one rule (grantsPlus), for the pricing page and the admin dashboard. */
@Injectable()
export class PlusMembership {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Users who are Plus now. */
  async countMembers(now = new Date()): Promise<number> {
    const rules = planRulesOf(this.config);
    if (rules.plusPriceId === null) return 0;
    const rows: CandidateRow[] = await this.dataSource.query(
      `SELECT user_id, status, price_id, cancel_at_period_end, cancel_at, current_period_end
       FROM subscriptions WHERE price_id = $1 AND status IN ('active', 'trialing', 'past_due')`,
      [rules.plusPriceId],
    );
    const members = new Set<string>();
    for (const row of rows) {
      const input = {
        status: row.status,
        priceId: row.price_id,
        cancelAtPeriodEnd: row.cancel_at_period_end,
        cancelAt: row.cancel_at,
        currentPeriodEnd: row.current_period_end,
      };
      if (grantsPlus(input, rules, now)) members.add(row.user_id);
    }
    return members.size;
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
