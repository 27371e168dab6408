import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { MailModule } from '@app/mail';
import { BillingPortalService } from './checkout/billing-portal.service';
import { CheckoutAttemptRepository } from './checkout/checkout-attempt.repository';
import { CheckoutSessionSyncService } from './checkout/checkout-session-sync.service';
import { CheckoutService } from './checkout/checkout.service';
import { BillingCustomerRepository } from './customers/billing-customer.repository';
import { StripeEventProcessor } from './events/stripe-event-processor.service';
import { StripeEventRepository } from './events/stripe-event.repository';
import { PaymentFailedMailer } from './mail/payment-failed-mailer.service';
import { PaymentFailureNoticeRepository } from './mail/payment-failure-notice.repository';
import { BillingPlanSource } from './plan/billing-plan-source';
import { BillingPlansService } from './plan/billing-plans.service';
import { PlusMembership } from './plan/plus-membership.service';
import { BillingPersonalDataSource } from './privacy/billing-personal-data.source';
import { StripeEventRetentionPolicy } from './retention/stripe-event-retention.policy';
import { BillingReconcileService } from './reconcile/billing-reconcile.service';
import { StripeClient } from './stripe/stripe-client';
import { BillingSyncService } from './subscriptions/billing-sync.service';
import { SubscriptionSummaryService } from './subscriptions/subscription-summary.service';
import { SubscriptionSyncService } from './subscriptions/subscription-sync.service';
import { SubscriptionRepository } from './subscriptions/subscription.repository';
import { StripeWebhookService } from './webhook/stripe-webhook.service';

const exported = [
  BillingPlanSource,
  BillingPlansService,
  PlusMembership,
  CheckoutService,
  BillingPortalService,
  BillingSyncService,
  SubscriptionSummaryService,
  StripeWebhookService,
  StripeEventProcessor,
  BillingReconcileService,
  StripeClient,
];

/** Stripe billing for both apps: the plan source, checkout/portal/sync, the webhook inbox and its processing. */
@Module({
  imports: [MailModule, DiscoveryModule],
  providers: [
    ...exported,
    StripeEventRepository,
    SubscriptionRepository,
    BillingCustomerRepository,
    CheckoutAttemptRepository,
    PaymentFailureNoticeRepository,
    SubscriptionSyncService,
    CheckoutSessionSyncService,
    PaymentFailedMailer,
    BillingPersonalDataSource,
    StripeEventRetentionPolicy,
  ],
  exports: exported,
})
export class BillingModule {}
