import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { MailService } from '@app/mail';
import { CheckoutSessionSyncService } from '../checkout/checkout-session-sync.service';
import { StripeEvent, StripeEventStatus } from '../entities/stripe-event.entity';
import { PaymentFailedMailer } from '../mail/payment-failed-mailer.service';
import { eventTarget } from '../stripe/event-target.util';
import { isStripeNotFound } from '../stripe/is-stripe-not-found.util';
import { SubscriptionSyncService, SyncResult } from '../subscriptions/subscription-sync.service';
import { StripeEventRepository } from './stripe-event.repository';

interface Outcome {
  status: 'processed' | 'skipped';
  note: string | null;
  mailIds: string[];
}

/**
 * Worker side of the webhook inbox. One transaction per event: lock the event row (a second job
 * for the same event waits, then sees it done), re-read the object from Stripe, upsert, mark the
 * event processed. Stripe 404 → skipped; any other failure rolls back, leaves the error on the
 * row and is rethrown so BullMQ retries with backoff.
 */
@Injectable()
export class StripeEventProcessor {
  private readonly logger = new Logger(StripeEventProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: StripeEventRepository,
    private readonly subscriptions: SubscriptionSyncService,
    private readonly sessions: CheckoutSessionSyncService,
    private readonly paymentFailed: PaymentFailedMailer,
    private readonly mail: MailService,
  ) {}

  async process(eventId: string): Promise<StripeEventStatus | 'missing'> {
    try {
      const result = await this.dataSource.transaction(async (manager) => {
        const event = await this.events.lockForProcessing(manager, eventId);
        if (!event) return null;
        if (event.status === 'processed' || event.status === 'skipped') return { status: event.status, mailIds: [] };
        const outcome = await this.apply(manager, event);
        await this.events.markDone(manager, eventId, outcome.status, outcome.note);
        return outcome;
      });
      if (!result) {
        this.logger.warn({ msg: 'stripe event not in the inbox', eventId });
        return 'missing';
      }
      for (const mailId of result.mailIds) await this.mail.dispatch(mailId);
      return result.status;
    } catch (error) {
      if (isStripeNotFound(error)) {
        await this.events.markSkipped(eventId, 'The object no longer exists at Stripe');
        return 'skipped';
      }
      await this.events.markFailed(eventId, error instanceof Error ? error.message : String(error));
      throw error;
    }
  }

  private async apply(manager: EntityManager, event: StripeEvent): Promise<Outcome> {
    const object = (event.payload.data as { object?: Record<string, unknown> } | undefined)?.object ?? {};
    const target = eventTarget(event.type, object);
    switch (target.kind) {
      case 'subscription':
        return outcomeOf(await this.subscriptions.sync(manager, target.subscriptionId));
      case 'checkout': {
        const result = await this.sessions.syncSession(manager, target.sessionId);
        return result ? outcomeOf(result) : { status: 'skipped', note: 'The session has no subscription', mailIds: [] };
      }
      case 'invoice': {
        const result = await this.subscriptions.sync(manager, target.subscriptionId);
        const outcome = outcomeOf(result);
        if (event.type === 'invoice.payment_failed' && result.userId) {
          const mailId = await this.paymentFailed.store(manager, {
            userId: result.userId,
            subscriptionStatus: result.state.status,
            invoiceId: target.invoiceId,
            attemptCount: target.attemptCount,
          });
          if (mailId) outcome.mailIds.push(mailId);
        }
        return outcome;
      }
      default:
        return { status: 'skipped', note: 'Nothing to apply for this event', mailIds: [] };
    }
  }
}

function outcomeOf(result: SyncResult): Outcome {
  return result.userId
    ? { status: 'processed', note: null, mailIds: [] }
    : { status: 'skipped', note: `No user is linked to customer ${result.state.stripeCustomerId}`, mailIds: [] };
}
