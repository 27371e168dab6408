import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { BillingCustomer } from '../entities/billing-customer.entity';

/** One billing customer per user, linking the user to their Stripe customer. */
@Injectable()
export class BillingCustomerRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findForUser(userId: string, manager: EntityManager = this.dataSource.manager): Promise<BillingCustomer | null> {
    return manager.getRepository(BillingCustomer).findOneBy({ userId });
  }

  /** Creates the user's row if missing, then locks it: concurrent checkouts queue up here. */
  async lockForUser(manager: EntityManager, userId: string): Promise<BillingCustomer> {
    await manager.query(`INSERT INTO billing_customers (user_id) VALUES ($1) ON CONFLICT (user_id) DO NOTHING`, [userId]);
    return manager.getRepository(BillingCustomer).findOneOrFail({ where: { userId }, lock: { mode: 'pessimistic_write' } });
  }

  async setStripeCustomer(manager: EntityManager, userId: string, stripeCustomerId: string): Promise<void> {
    await manager.getRepository(BillingCustomer).update({ userId }, { stripeCustomerId });
  }

  async userIdForCustomer(manager: EntityManager, stripeCustomerId: string): Promise<string | null> {
    const row = await manager.getRepository(BillingCustomer).findOne({ where: { stripeCustomerId }, select: { userId: true } });
    return row?.userId ?? null;
  }

  /**
   * Links a Stripe customer to a user who has none yet (a checkout completed for them).
   * Never moves a customer between users and never replaces a user's existing customer.
   */
  async linkIfUnlinked(manager: EntityManager, userId: string, stripeCustomerId: string): Promise<void> {
    await manager.query(
      `INSERT INTO billing_customers (user_id, stripe_customer_id)
       SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM billing_customers WHERE stripe_customer_id = $2)
       ON CONFLICT DO NOTHING`,
      [userId, stripeCustomerId],
    );
    await manager.query(
      `UPDATE billing_customers SET stripe_customer_id = $2, updated_at = now()
       WHERE user_id = $1 AND stripe_customer_id IS NULL
         AND NOT EXISTS (SELECT 1 FROM billing_customers WHERE stripe_customer_id = $2)`,
      [userId, stripeCustomerId],
    );
  }

  async deleteForUser(manager: EntityManager, userId: string): Promise<void> {
    await manager.getRepository(BillingCustomer).delete({ userId });
  }
}
