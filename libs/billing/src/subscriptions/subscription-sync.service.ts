import { Injectable, Logger } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { EntityManager } from 'typeorm';
import { Plan } from '@app/accounts';
import { AppConfig } from '@app/config';
import { BillingCustomerRepository } from '../customers/billing-customer.repository';
import { PlanChangeListener, PlanChangeListenerProvider } from '../plan/plan-change-listener';
import { planForSubscriptions } from '../plan/plan-for-subscriptions.util';
import { planRulesOf } from '../plan/plan-rules-of.util';
import { SubscriptionState } from '../plan/subscription-state';
import { mapStripeSubscription } from '../stripe/map-stripe-subscription.util';
import { StripeClient } from '../stripe/stripe-client';
import { SubscriptionRepository } from './subscription.repository';

export interface SyncResult {
  state: SubscriptionState;
  /** Null when the subscription's customer belongs to no user here: nothing is stored. */
  userId: string | null;
  changed: boolean;
  plan: Plan | null;
}

/**
 * The one way a subscription's state enters the database (webhooks, the success page, reconcile
 * and account erasure all come here): serialised per subscription by a transaction-scoped
 * advisory lock, the subscription is RE-READ from Stripe and its absolute state upserted.
 * Payload contents never reach the database, so stale or reordered events cannot roll it back.
 */
@Injectable()
export class SubscriptionSyncService {
  private readonly logger = new Logger(SubscriptionSyncService.name);

  constructor(
    private readonly stripe: StripeClient,
    private readonly subscriptions: SubscriptionRepository,
    private readonly customers: BillingCustomerRepository,
    private readonly config: AppConfig,
    private readonly discovery: DiscoveryService,
  ) {}

  /** Runs inside the caller's transaction. `link` attaches a checkout's customer to its user first. */
  async sync(manager: EntityManager, subscriptionId: string, link?: { userId: string; customerId: string }): Promise<SyncResult> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`billing-subscription:${subscriptionId}`]);
    if (link) await this.customers.linkIfUnlinked(manager, link.userId, link.customerId);
    const state = mapStripeSubscription(await this.stripe.api.subscriptions.retrieve(subscriptionId));
    const userId = await this.customers.userIdForCustomer(manager, state.stripeCustomerId);
    if (!userId) {
      this.logger.warn({ msg: 'subscription of an unknown customer not stored', subscriptionId, customerId: state.stripeCustomerId });
      return { state, userId: null, changed: false, plan: null };
    }
    const before = await this.planOf(manager, userId);
    const changed = await this.subscriptions.upsert(manager, userId, state);
    const plan = changed ? await this.planOf(manager, userId) : before;
    if (plan !== before) this.logger.log({ msg: 'plan changed', userId, from: before, to: plan, subscriptionId, status: state.status });
    if (changed) for (const listener of this.listeners()) await listener.planSettled(manager, userId, plan);
    return { state, userId, changed, plan };
  }

  private listeners(): PlanChangeListener[] {
    const instances = this.discovery
      .getProviders({ metadataKey: PlanChangeListenerProvider.KEY })
      .map((wrapper) => wrapper.instance as PlanChangeListener | undefined)
      .filter((instance): instance is PlanChangeListener => instance !== undefined && instance !== null);
    return [...new Set(instances)];
  }

  private async planOf(manager: EntityManager, userId: string): Promise<Plan> {
    const rows = await this.subscriptions.listForUsers([userId], manager);
    return planForSubscriptions(rows, planRulesOf(this.config), new Date());
  }
}
