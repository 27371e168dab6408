import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, MoreThan, Not } from 'typeorm';
import { Subscription } from '../entities/subscription.entity';
import { PlanRules, SubscriptionState } from '../plan/subscription-state';

/** Statuses Stripe never leaves: reconcile does not re-read them. */
export const TERMINAL_STATUSES = ['canceled', 'incomplete_expired'];

const STATE_COLUMNS = [
  'user_id',
  'stripe_customer_id',
  'status',
  'price_id',
  'cancel_at_period_end',
  'cancel_at',
  'current_period_start',
  'current_period_end',
  'ended_at',
];

/**
 * grantsPlus (plan/grants-plus.util.ts) as SQL: the rows of subscriptions that make their user Plus at $3.
 * The literal status list is the predicate of the partial index subscriptions_plus_members_idx, so the
 * count is an index-only scan; test/integration/billing/plus-members.test.ts checks it against grantsPlus.
 */
const PLUS_GRANTING = `price_id = $1
  AND status IN ('active', 'trialing', 'past_due')
  AND (status <> 'past_due' OR $2::boolean)
  AND (cancel_at IS NULL OR cancel_at > $3)
  AND NOT (cancel_at_period_end AND current_period_end IS NOT NULL AND current_period_end <= $3)`;

/** Subscriptions, upserted by Stripe id with their absolute state. */
@Injectable()
export class SubscriptionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts or overwrites the state; writes nothing when it is unchanged. True when a row was written. */
  async upsert(manager: EntityManager, userId: string, state: SubscriptionState): Promise<boolean> {
    const assignments = STATE_COLUMNS.map((column) => `${column} = EXCLUDED.${column}`).join(', ');
    const current = STATE_COLUMNS.map((column) => `subscriptions.${column}`).join(', ');
    const incoming = STATE_COLUMNS.map((column) => `EXCLUDED.${column}`).join(', ');
    const written: unknown[] = await manager.query(
      `INSERT INTO subscriptions (stripe_subscription_id, ${STATE_COLUMNS.join(', ')})
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (stripe_subscription_id) DO UPDATE SET ${assignments}, updated_at = now()
       WHERE (${current}) IS DISTINCT FROM (${incoming})
       RETURNING id`,
      [
        state.stripeSubscriptionId,
        userId,
        state.stripeCustomerId,
        state.status,
        state.priceId,
        state.cancelAtPeriodEnd,
        state.cancelAt,
        state.currentPeriodStart,
        state.currentPeriodEnd,
        state.endedAt,
      ],
    );
    return written.length > 0;
  }

  async listForUsers(userIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Subscription[]> {
    if (userIds.length === 0) return [];
    return manager
      .getRepository(Subscription)
      .createQueryBuilder('s')
      .where('s.userId = ANY(:userIds::uuid[])', { userIds })
      .orderBy('s.createdAt', 'DESC')
      .getMany();
  }

  /** How many users hold a subscription that makes them Plus at `now`. */
  async countPlusMembers(rules: PlanRules & { plusPriceId: string }, now: Date): Promise<number> {
    const [row] = await this.dataSource.query<Array<{ members: number }>>(
      `SELECT count(DISTINCT user_id)::int AS members FROM subscriptions WHERE ${PLUS_GRANTING}`,
      [rules.plusPriceId, rules.pastDueGrantsPlus, now],
    );
    return row!.members;
  }

  /** A page of Stripe ids of subscriptions that can still change, in id order. */
  async nonTerminalIdsAfter(afterStripeId: string, limit: number): Promise<string[]> {
    const rows = await this.dataSource.getRepository(Subscription).find({
      where: { stripeSubscriptionId: MoreThan(afterStripeId), status: Not(In(TERMINAL_STATUSES)) },
      select: { stripeSubscriptionId: true },
      order: { stripeSubscriptionId: 'ASC' },
      take: limit,
    });
    return rows.map((row) => row.stripeSubscriptionId);
  }

  async deleteForUser(manager: EntityManager, userId: string): Promise<void> {
    await manager.getRepository(Subscription).delete({ userId });
  }
}
