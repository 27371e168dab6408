import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import Stripe from 'stripe';
import { DomainError, ErrorCode } from '@app/common';
import { JobName, jobId, QueueName } from '@app/queue';
import { StripeEventRepository } from '../events/stripe-event.repository';
import { HANDLED_EVENT_TYPES } from '../stripe/handled-event-types';
import { StripeClient } from '../stripe/stripe-client';
import { stripeRefId } from '../stripe/stripe-ref-id.util';
import { verifyStripeSignature } from './verify-stripe-signature.util';

/** Verifies, stores once and queues; processing happens in the worker. */
@Injectable()
export class StripeWebhookService {
  constructor(
    private readonly stripe: StripeClient,
    private readonly events: StripeEventRepository,
    @InjectQueue(QueueName.Billing) private readonly queue: Queue,
  ) {}

  async receive(rawBody: Buffer | undefined, signature: string | undefined): Promise<{ received: true }> {
    const settings = this.stripe.settings;
    const event = rawBody ? verifyStripeSignature(rawBody, signature, settings.webhookSecrets) : null;
    if (!event) throw new DomainError(ErrorCode.BadInput, 'The Stripe-Signature header does not verify this request body');
    const skipReason =
      event.livemode !== settings.livemode
        ? 'livemode differs from the API key'
        : HANDLED_EVENT_TYPES.has(event.type)
          ? null
          : 'event type not handled';
    const stored = await this.events.insertOnce({
      id: event.id,
      type: event.type,
      livemode: event.livemode,
      payload: event as unknown as Record<string, unknown>,
      customerId: customerOf(event),
      status: skipReason ? 'skipped' : 'received',
      note: skipReason,
    });
    // A duplicate still waiting is queued again: the job id makes that a no-op unless the first enqueue was lost.
    if (stored.status === 'received') {
      await this.queue.add(JobName.BillingProcessEvent, { eventId: event.id }, { jobId: jobId(JobName.BillingProcessEvent, event.id) });
    }
    return { received: true };
  }
}

function customerOf(event: Stripe.Event): string | null {
  const object = event.data.object as { object?: string; id?: string; customer?: unknown };
  return object.object === 'customer' ? (object.id ?? null) : stripeRefId(object.customer);
}
