import { Injectable } from '@nestjs/common';
import { Plan } from './entitlements';

/**
 * Where a user's plan comes from. Billing provides the real one (derived from Stripe
 * subscriptions); until it is composed in, everyone is on Free.
 */
export abstract class PlanSource {
  abstract plansOf(userIds: string[]): Promise<Map<string, Plan>>;
}

@Injectable()
export class FreePlanSource extends PlanSource {
  async plansOf(userIds: string[]): Promise<Map<string, Plan>> {
    return new Map(userIds.map((id) => [id, 'free' as const]));
  }
}
