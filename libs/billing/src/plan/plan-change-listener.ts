import { DiscoveryService } from '@nestjs/core';
import { EntityManager } from 'typeorm';
import { Plan } from '@app/accounts';

/**
 * Told, inside the transaction that wrote a user's subscription, which plan that user is on now — by every path a
 * subscription changes (webhook, checkout sync, reconcile). Other modules keep plan-derived state in step this way
 * without billing knowing them: mark the provider with @PlanChangeListenerProvider(). Throwing aborts the write.
 */
export interface PlanChangeListener {
  planSettled(manager: EntityManager, userId: string, plan: Plan): Promise<void>;
}

export const PlanChangeListenerProvider = DiscoveryService.createDecorator<void>();
