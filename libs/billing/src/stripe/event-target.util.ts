import { CHECKOUT_EVENT_TYPES, INVOICE_EVENT_TYPES, SUBSCRIPTION_EVENT_TYPES } from './handled-event-types';
import { stripeRefId } from './stripe-ref-id.util';

export type EventTarget =
  | { kind: 'subscription'; subscriptionId: string }
  | { kind: 'checkout'; sessionId: string }
  | { kind: 'invoice'; subscriptionId: string; invoiceId: string; attemptCount: number }
  | { kind: 'none' };

const includes = (list: readonly string[], type: string): boolean => list.includes(type);

/**
 * What an event is about. Only ids are taken from the payload: the state itself is always
 * re-read from the Stripe API. Invoices name their subscription under
 * `parent.subscription_details.subscription` (API 2025+).
 */
export function eventTarget(type: string, object: Record<string, any>): EventTarget {
  const id = stripeRefId(object?.id);
  if (includes(SUBSCRIPTION_EVENT_TYPES, type) && id) return { kind: 'subscription', subscriptionId: id };
  if (includes(CHECKOUT_EVENT_TYPES, type) && id) return { kind: 'checkout', sessionId: id };
  if (includes(INVOICE_EVENT_TYPES, type) && id) {
    const subscriptionId = stripeRefId(object.parent?.subscription_details?.subscription);
    const attemptCount = Number.isInteger(object.attempt_count) ? (object.attempt_count as number) : 0;
    if (subscriptionId) return { kind: 'invoice', subscriptionId, invoiceId: id, attemptCount };
  }
  return { kind: 'none' };
}
