import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { Entitlements, entitlementsForPlan } from './entitlements';
import { PlanSource } from './plan-source';

/** The one place entitlements are looked up: API guards, alert scheduler and responses all ask here. */
@Injectable()
export class EntitlementsService {
  constructor(
    private readonly plans: PlanSource,
    private readonly config: AppConfig,
  ) {}

  async forUser(userId: string): Promise<Entitlements> {
    return (await this.forUsers([userId])).get(userId)!;
  }

  async forUsers(userIds: string[]): Promise<Map<string, Entitlements>> {
    const plans = await this.plans.plansOf(userIds);
    return new Map(userIds.map((id) => [id, entitlementsForPlan(plans.get(id) ?? 'free', this.config.plans)]));
  }
}
