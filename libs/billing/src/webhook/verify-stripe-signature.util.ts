import Stripe from 'stripe';

export const WEBHOOK_TOLERANCE_SECONDS = 300;

/**
 * Verifies `Stripe-Signature` over the exact raw bytes against each configured secret (several
 * while a secret is rotated) and returns the event, or null when no secret verifies it.
 */
export function verifyStripeSignature(
  rawBody: Buffer,
  header: string | undefined,
  secrets: string[],
  receivedAtMs?: number,
): Stripe.Event | null {
  if (!header) return null;
  for (const secret of secrets) {
    try {
      return Stripe.webhooks.constructEvent(rawBody, header, secret, WEBHOOK_TOLERANCE_SECONDS, undefined, receivedAtMs);
    } catch {
      // try the next secret
    }
  }
  return null;
}
