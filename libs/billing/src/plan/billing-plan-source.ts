import { Injectable } from '@nestjs/common';
import { Plan, PlanSource } from '@app/accounts';
import { AppConfig } from '@app/config';
import { Subscription } from '../entities/subscription.entity';
import { SubscriptionRepository } from '../subscriptions/subscription.repository';
import { planForSubscriptions } from './plan-for-subscriptions.util';
import { planRulesOf } from './plan-rules-of.util';

/** The plan of each user, derived from their stored subscriptions by the one pure rule. */
@Injectable()
export class BillingPlanSource extends PlanSource {
  constructor(
    private readonly subscriptions: SubscriptionRepository,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async plansOf(userIds: string[]): Promise<Map<string, Plan>> {
    const byUser = new Map<string, Subscription[]>();
    for (const row of await this.subscriptions.listForUsers(userIds)) {
      if (!byUser.has(row.userId)) byUser.set(row.userId, []);
      byUser.get(row.userId)!.push(row);
    }
    const rules = planRulesOf(this.config);
    const now = new Date();
    return new Map(userIds.map((id) => [id, planForSubscriptions(byUser.get(id) ?? [], rules, now)]));
  }
}
