import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { deleteOlderThanStatement, RetentionPolicy, RetentionPolicyProvider } from '@app/database';

/**
 * Webhook events processed (or skipped) RETENTION_STRIPE_EVENTS_DAYS after receipt (90). Stripe stops retrying
 * an event after 3 days, so the row no longer guards against a duplicate; failed and pending events stay.
 */
@Injectable()
@RetentionPolicyProvider()
export class StripeEventRetentionPolicy implements RetentionPolicy {
  readonly name = 'stripe-events';
  readonly statement = deleteOlderThanStatement('stripe_events', 'received_at', "status IN ('processed', 'skipped')");

  constructor(private readonly config: AppConfig) {}

  parameters(): unknown[] {
    return [this.config.retention.stripeEventsDays];
  }
}
