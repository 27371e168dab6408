import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isStripeNotFound } from '../stripe/is-stripe-not-found.util';
import { StripeClient } from '../stripe/stripe-client';
import { SubscriptionRepository } from '../subscriptions/subscription.repository';
import { SubscriptionSyncService } from '../subscriptions/subscription-sync.service';

export interface ReconcileReport {
  checked: number;
  changed: number;
  failed: number;
}

const PAGE = 100;
const LIVE_STATUSES = ['active', 'trialing', 'past_due'] as const;

/**
 * Nightly drift repair: re-reads from Stripe every subscription we hold that can still change,
 * then every live Plus subscription Stripe holds that we never recorded (a lost webhook), each
 * through the one sync. Unchanged state writes nothing, so a second run reports `changed: 0`.
 */
@Injectable()
export class BillingReconcileService {
  private readonly logger = new Logger(BillingReconcileService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly stripe: StripeClient,
    private readonly subscriptions: SubscriptionRepository,
    private readonly sync: SubscriptionSyncService,
  ) {}

  async reconcile(): Promise<ReconcileReport> {
    const report: ReconcileReport = { checked: 0, changed: 0, failed: 0 };
    if (!this.stripe.configured) return report;
    const seen = new Set<string>();
    for (let after = ''; ;) {
      const ids = await this.subscriptions.nonTerminalIdsAfter(after, PAGE);
      for (const id of ids) {
        seen.add(id);
        await this.syncOne(id, report);
      }
      if (ids.length < PAGE) break;
      after = ids[ids.length - 1]!;
    }
    for (const status of LIVE_STATUSES) {
      for await (const subscription of this.stripe.api.subscriptions.list({ price: this.stripe.settings.pricePlus, status, limit: PAGE })) {
        if (seen.has(subscription.id)) continue;
        seen.add(subscription.id);
        await this.syncOne(subscription.id, report);
      }
    }
    this.logger.log({ msg: 'billing reconcile finished', ...report });
    return report;
  }

  private async syncOne(subscriptionId: string, report: ReconcileReport): Promise<void> {
    try {
      const result = await this.dataSource.transaction((manager) => this.sync.sync(manager, subscriptionId));
      report.checked += 1;
      if (result.changed) report.changed += 1;
    } catch (error) {
      report.failed += 1;
      const level = isStripeNotFound(error) ? 'log' : 'warn';
      this.logger[level]({ msg: 'reconcile could not sync a subscription', subscriptionId, error: (error as Error).message });
    }
  }
}
