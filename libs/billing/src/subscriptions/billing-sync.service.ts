import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@app/common';
import { CheckoutAttemptRepository } from '../checkout/checkout-attempt.repository';
import { CheckoutSessionSyncService } from '../checkout/checkout-session-sync.service';
import { BillingCustomerRepository } from '../customers/billing-customer.repository';
import { asUnavailable } from '../stripe/as-unavailable.util';
import { isStripeNotFound } from '../stripe/is-stripe-not-found.util';
import { StripeClient } from '../stripe/stripe-client';
import { SubscriptionSummary, SubscriptionSummaryService } from './subscription-summary.service';
import { SubscriptionSyncService } from './subscription-sync.service';

/**
 * `POST /v1/billing/sync`: the same sync the worker runs, for the caller's own checkout session
 * or, without one, for every subscription of the caller's customer. The success page calls it
 * so the redirect never waits for a webhook.
 */
@Injectable()
export class BillingSyncService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly stripe: StripeClient,
    private readonly attempts: CheckoutAttemptRepository,
    private readonly customers: BillingCustomerRepository,
    private readonly sessions: CheckoutSessionSyncService,
    private readonly subscriptions: SubscriptionSyncService,
    private readonly summary: SubscriptionSummaryService,
  ) {}

  async syncForUser(userId: string, sessionId?: string): Promise<SubscriptionSummary> {
    const api = this.stripe.api;
    if (sessionId !== undefined && !(await this.attempts.findForUser(userId, sessionId))) throw DomainError.notFound('Checkout session');
    try {
      if (sessionId !== undefined) {
        await this.dataSource.transaction((manager) => this.sessions.syncSession(manager, sessionId, userId));
      } else {
        const customer = await this.customers.findForUser(userId);
        if (customer?.stripeCustomerId) {
          const listed = await api.subscriptions.list({ customer: customer.stripeCustomerId, status: 'all', limit: 100 });
          for (const subscription of listed.data) {
            await this.dataSource.transaction((manager) => this.subscriptions.sync(manager, subscription.id));
          }
        }
      }
    } catch (error) {
      if (isStripeNotFound(error)) throw DomainError.notFound('Checkout session');
      throw asUnavailable(error);
    }
    return this.summary.forUser(userId);
  }
}
