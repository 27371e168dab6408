import { Injectable } from '@nestjs/common';
import { DomainError } from '@app/common';
import { AppConfig } from '@app/config';
import { BillingCustomerRepository } from '../customers/billing-customer.repository';
import { asUnavailable } from '../stripe/as-unavailable.util';
import { INTERACTIVE_STRIPE_CALL, StripeClient } from '../stripe/stripe-client';

/** A Stripe Billing Portal session, only ever for the caller's own customer. */
@Injectable()
export class BillingPortalService {
  constructor(
    private readonly stripe: StripeClient,
    private readonly customers: BillingCustomerRepository,
    private readonly config: AppConfig,
  ) {}

  async open(userId: string): Promise<{ url: string }> {
    const api = this.stripe.api;
    const customer = await this.customers.findForUser(userId);
    if (!customer?.stripeCustomerId) throw DomainError.notFound('Billing account');
    try {
      const session = await api.billingPortal.sessions.create(
        {
          customer: customer.stripeCustomerId,
          return_url: `${this.config.http.appUrl}/billing`,
        },
        INTERACTIVE_STRIPE_CALL,
      );
      return { url: session.url };
    } catch (error) {
      throw asUnavailable(error);
    }
  }
}
