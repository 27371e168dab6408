import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { RetentionPolicy, RetentionPolicyProvider } from '@app/database';

/**
 * Webhook events processed (or skipped) RETENTION_STRIPE_EVENTS_DAYS after receipt (90). Stripe stops retrying
 * an event after 3 days, so the row no longer guards against a duplicate; failed and pending events stay.
 */
@Injectable()
@RetentionPolicyProvider()
export class StripeEventRetentionPolicy implements RetentionPolicy {
  readonly name = 'stripe-events';
  readonly statement = `
    DELETE FROM stripe_events WHERE ctid = ANY(ARRAY(
      SELECT ctid FROM stripe_events
       WHERE status IN ('processed', 'skipped') AND received_at < now() - make_interval(days => $2::int)
       ORDER BY received_at
       LIMIT $1))`;

  constructor(private readonly config: AppConfig) {}

  parameters(): unknown[] {
    return [this.config.retention.stripeEventsDays];
  }
}
