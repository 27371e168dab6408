import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PersonalDataSource, PersonalDataSourceProvider } from '@app/accounts';
import { DomainError, ErrorCode } from '@app/common';
import { CheckoutAttemptRepository } from '../checkout/checkout-attempt.repository';
import { BillingCustomerRepository } from '../customers/billing-customer.repository';
import { StripeEventRepository } from '../events/stripe-event.repository';
import { PaymentFailureNoticeRepository } from '../mail/payment-failure-notice.repository';
import { asUnavailable } from '../stripe/as-unavailable.util';
import { isStripeNotFound } from '../stripe/is-stripe-not-found.util';
import { StripeClient } from '../stripe/stripe-client';
import { SubscriptionRepository, TERMINAL_STATUSES } from '../subscriptions/subscription.repository';

/**
 * Billing's share of export and erasure. Erasure cancels every live subscription at Stripe
 * immediately, inside the erase transaction: cancelling is idempotent (an already cancelled or
 * vanished subscription counts as done), and should the transaction abort afterwards, the user
 * keeps the account but is never charged again, which is the safe side. The Stripe customer is
 * kept at Stripe for its invoices; locally every billing row of the user is deleted.
 */
@Injectable()
@PersonalDataSourceProvider()
export class BillingPersonalDataSource implements PersonalDataSource {
  readonly section = 'billing';

  constructor(
    private readonly stripe: StripeClient,
    private readonly customers: BillingCustomerRepository,
    private readonly subscriptions: SubscriptionRepository,
    private readonly attempts: CheckoutAttemptRepository,
    private readonly notices: PaymentFailureNoticeRepository,
    private readonly events: StripeEventRepository,
  ) {}

  async exportFor(userId: string, manager: EntityManager): Promise<unknown> {
    const customer = await this.customers.findForUser(userId, manager);
    const stripeCustomerId = customer?.stripeCustomerId ?? null;
    return {
      stripeCustomerId,
      subscriptions: (await this.subscriptions.listForUsers([userId], manager)).map(
        ({ id: _id, userId: _u, user: _user, ...rest }) => rest,
      ),
      checkoutSessions: (await this.attempts.listForUser(manager, userId)).map((a) => ({
        stripeSessionId: a.stripeSessionId,
        createdAt: a.createdAt,
      })),
      paymentFailureMails: (await this.notices.listForUser(manager, userId)).map((n) => ({
        stripeInvoiceId: n.stripeInvoiceId,
        attemptCount: n.attemptCount,
        createdAt: n.createdAt,
      })),
      stripeEvents: stripeCustomerId ? await this.events.listForCustomer(manager, stripeCustomerId) : [],
    };
  }

  async eraseFor(userId: string, manager: EntityManager): Promise<void> {
    const live = (await this.subscriptions.listForUsers([userId], manager)).filter((s) => !TERMINAL_STATUSES.includes(s.status));
    if (live.length > 0 && !this.stripe.configured) {
      throw new DomainError(ErrorCode.Unavailable, 'Your subscription cannot be cancelled right now; try again later');
    }
    for (const subscription of live) await this.cancelAtStripe(subscription.stripeSubscriptionId);
    const customer = await this.customers.findForUser(userId, manager);
    if (customer?.stripeCustomerId) await this.events.deleteForCustomer(manager, customer.stripeCustomerId);
    await this.notices.deleteForUser(manager, userId);
    await this.attempts.deleteForUser(manager, userId);
    await this.subscriptions.deleteForUser(manager, userId);
    await this.customers.deleteForUser(manager, userId);
  }

  private async cancelAtStripe(subscriptionId: string): Promise<void> {
    try {
      await this.stripe.api.subscriptions.cancel(subscriptionId);
    } catch (error) {
      if (isStripeNotFound(error)) return;
      const current = await this.stripe.api.subscriptions.retrieve(subscriptionId).catch((retrieveError: unknown) => {
        throw asUnavailable(retrieveError);
      });
      if (!TERMINAL_STATUSES.includes(current.status)) throw asUnavailable(error);
    }
  }
}
