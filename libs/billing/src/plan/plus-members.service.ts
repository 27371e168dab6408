import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { SubscriptionRepository } from '../subscriptions/subscription.repository';
import { planRulesOf } from './plan-rules-of.util';

/** How many people are Plus right now ("N professionals pay for Plus"), by the plan rule of grantsPlus. */
@Injectable()
export class PlusMembersService {
  constructor(
    private readonly subscriptions: SubscriptionRepository,
    private readonly config: AppConfig,
  ) {}

  count(now: Date = new Date()): Promise<number> {
    const { plusPriceId, pastDueGrantsPlus } = planRulesOf(this.config);
    if (plusPriceId === null) return Promise.resolve(0);
    return this.subscriptions.countPlusMembers({ plusPriceId, pastDueGrantsPlus }, now);
  }
}
