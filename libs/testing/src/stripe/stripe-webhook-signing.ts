import Stripe from 'stripe';
import { randomBytes } from 'node:crypto';

export interface StripeEventInput {
  type: string;
  object: Record<string, unknown>;
  id?: string;
  livemode?: boolean;
  created?: number;
}

/** A Stripe event envelope around an object, as Stripe delivers it to a webhook endpoint. */
export function buildStripeEvent(input: StripeEventInput): Record<string, unknown> {
  return {
    id: input.id ?? `evt_${randomBytes(12).toString('hex')}`,
    object: 'event',
    api_version: '2025-09-30.clover',
    created: input.created ?? Math.floor(Date.now() / 1000),
    data: { object: input.object },
    livemode: input.livemode ?? false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type: input.type,
  };
}

/**
 * A real `Stripe-Signature` header for the payload, signed with every given secret
 * (several `v1=` entries, as Stripe sends while an endpoint secret is being rolled).
 */
export function signStripePayload(payload: string, secrets: string | string[], timestamp = Math.floor(Date.now() / 1000)): string {
  const signatures = [secrets]
    .flat()
    .map((secret) => Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp }))
    .map((header) => header.split(',').find((part) => part.startsWith('v1='))!);
  return [`t=${timestamp}`, ...signatures].join(',');
}
