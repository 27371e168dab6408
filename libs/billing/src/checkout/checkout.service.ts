import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '@app/accounts';
import { DomainError } from '@app/common';
import { AppConfig } from '@app/config';
import { BillingCustomerRepository } from '../customers/billing-customer.repository';
import { BillingPlanSource } from '../plan/billing-plan-source';
import { asUnavailable } from '../stripe/as-unavailable.util';
import { INTERACTIVE_STRIPE_CALL, StripeClient } from '../stripe/stripe-client';
import { CheckoutAttemptRepository } from './checkout-attempt.repository';

/** Starts a Plus subscription on Stripe Checkout. Plus is granted only by the synced subscription. */
@Injectable()
export class CheckoutService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly stripe: StripeClient,
    private readonly customers: BillingCustomerRepository,
    private readonly attempts: CheckoutAttemptRepository,
    private readonly plans: BillingPlanSource,
    private readonly config: AppConfig,
  ) {}

  async start(user: AuthUser): Promise<{ url: string }> {
    const settings = this.stripe.settings;
    if ((await this.plans.plansOf([user.id])).get(user.id) === 'plus') throw DomainError.conflict('You are already on Plus');
    try {
      const customerId = await this.customerOf(user);
      const session = await this.stripe.api.checkout.sessions.create(
        {
          mode: 'subscription',
          customer: customerId,
          client_reference_id: user.id,
          line_items: [{ price: settings.pricePlus, quantity: 1 }],
          subscription_data: { metadata: { userId: user.id } },
          metadata: { userId: user.id },
          success_url: `${this.config.http.appUrl}/billing/success?session_id={CHECKOUT_SESSION_ID}`,
          cancel_url: `${this.config.http.appUrl}/billing?checkout=cancelled`,
        },
        INTERACTIVE_STRIPE_CALL,
      );
      await this.attempts.record(user.id, session.id, customerId);
      if (!session.url) throw new Error(`Checkout Session ${session.id} has no url`);
      return { url: session.url };
    } catch (error) {
      throw asUnavailable(error);
    }
  }

  /**
   * The user's one Stripe customer. The row lock serialises concurrent checkouts, and the
   * deterministic idempotency key makes Stripe return the same customer if a previous attempt
   * created it but failed before saving its id.
   */
  private customerOf(user: AuthUser): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.customers.lockForUser(manager, user.id);
      if (row.stripeCustomerId) return row.stripeCustomerId;
      const customer = await this.stripe.api.customers.create(
        { email: user.email, metadata: { userId: user.id } },
        { ...INTERACTIVE_STRIPE_CALL, idempotencyKey: `customer-create-${user.id}` },
      );
      await this.customers.setStripeCustomer(manager, user.id, customer.id);
      return customer.id;
    });
  }
}
