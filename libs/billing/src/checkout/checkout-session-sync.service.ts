import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { User } from '@app/accounts';
import { DomainError } from '@app/common';
import { StripeClient } from '../stripe/stripe-client';
import { stripeRefId } from '../stripe/stripe-ref-id.util';
import { SubscriptionSyncService, SyncResult } from '../subscriptions/subscription-sync.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Applies a Checkout Session: re-reads it, links its customer to its user, syncs its subscription. */
@Injectable()
export class CheckoutSessionSyncService {
  constructor(
    private readonly stripe: StripeClient,
    private readonly sync: SubscriptionSyncService,
  ) {}

  /**
   * `ownerId` set: the caller's own session (anything else is 404). Unset (webhook): the user is
   * the session's `client_reference_id` when that user exists; an unknown one links nothing.
   */
  async syncSession(manager: EntityManager, sessionId: string, ownerId?: string): Promise<SyncResult | null> {
    const session = await this.stripe.api.checkout.sessions.retrieve(sessionId);
    if (ownerId !== undefined && session.client_reference_id !== ownerId) throw DomainError.notFound('Checkout session');
    const subscriptionId = stripeRefId(session.subscription);
    const customerId = stripeRefId(session.customer);
    if (session.mode !== 'subscription' || !subscriptionId || !customerId) return null;
    const userId = ownerId ?? (await this.existingUserId(manager, session.client_reference_id));
    return this.sync.sync(manager, subscriptionId, userId ? { userId, customerId } : undefined);
  }

  private async existingUserId(manager: EntityManager, candidate: string | null): Promise<string | null> {
    if (!candidate || !UUID.test(candidate)) return null;
    const found = await manager.getRepository(User).exists({ where: { id: candidate } });
    return found ? candidate : null;
  }
}
