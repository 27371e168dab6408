import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';

/**
 * Makes a user Plus the way billing records it: an active subscription row on the Plus price
 * (the plan is derived from it by billing's one rule). Needs STRIPE_PRICE_PLUS configured.
 */
export async function makePlus(dataSource: DataSource, userId: string, config: AppConfig): Promise<void> {
  if (!config.stripe) throw new Error('makePlus needs STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET and STRIPE_PRICE_PLUS in the test env');
  const suffix = randomBytes(6).toString('hex');
  await dataSource.query(
    `INSERT INTO subscriptions (stripe_subscription_id, user_id, stripe_customer_id, status, price_id, current_period_start, current_period_end)
     VALUES ($1, $2, $3, 'active', $4, now(), now() + interval '30 days')`,
    [`sub_test_${suffix}`, userId, `cus_test_${suffix}`, config.stripe.pricePlus],
  );
}

/** Ends every subscription of the user (as a Stripe cancellation would be recorded): back to Free. */
export async function downgradeToFree(dataSource: DataSource, userId: string): Promise<void> {
  await dataSource.query(`UPDATE subscriptions SET status = 'canceled', ended_at = now(), updated_at = now() WHERE user_id = $1`, [userId]);
}

/** Env that configures billing enough for plans to be derived (no Stripe calls are made by it). */
export const PLUS_TEST_ENV = {
  STRIPE_SECRET_KEY: 'sk_test_alerts',
  STRIPE_WEBHOOK_SECRET: 'whsec_alerts',
  STRIPE_PRICE_PLUS: 'price_plus',
};
