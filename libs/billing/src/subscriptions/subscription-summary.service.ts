import { Injectable } from '@nestjs/common';
import { Plan } from '@app/accounts';
import { AppConfig } from '@app/config';
import { currentSubscription } from '../plan/current-subscription.util';
import { planForSubscriptions } from '../plan/plan-for-subscriptions.util';
import { planRulesOf } from '../plan/plan-rules-of.util';
import { SubscriptionRepository } from './subscription.repository';

export interface SubscriptionSummary {
  plan: Plan;
  status: string | null;
  currentPeriodEnd: string | null;
  cancelAtPeriodEnd: boolean;
}

/** `GET /v1/me/subscription`: the plan and the subscription that decides it. */
@Injectable()
export class SubscriptionSummaryService {
  constructor(
    private readonly subscriptions: SubscriptionRepository,
    private readonly config: AppConfig,
  ) {}

  async forUser(userId: string): Promise<SubscriptionSummary> {
    const rows = await this.subscriptions.listForUsers([userId]);
    const rules = planRulesOf(this.config);
    const now = new Date();
    const current = currentSubscription(rows, rules, now);
    return {
      plan: planForSubscriptions(rows, rules, now),
      status: current?.status ?? null,
      currentPeriodEnd: current?.currentPeriodEnd?.toISOString() ?? null,
      cancelAtPeriodEnd: current?.cancelAtPeriodEnd ?? false,
    };
  }
}
