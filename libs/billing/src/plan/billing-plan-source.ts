import { Injectable } from '@nestjs/common';
import { Plan, PlanSource } from '@app/accounts';
import { AppConfig } from '@app/config';
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
    const rows = await this.subscriptions.listForUsers(userIds);
    const rules = planRulesOf(this.config);
    const now = new Date();
    return new Map(
      userIds.map((id) => [
        id,
        planForSubscriptions(
          rows.filter((row) => row.userId === id),
          rules,
          now,
        ),
      ]),
    );
  }
}
