import { DomainError, ErrorCode } from '@app/common';

/**
 * For calls made on behalf of a user: Stripe being down, slow or rate limiting us becomes
 * a 503 for the caller; any other error (a bug on our side) is rethrown as it is.
 */
export function asUnavailable(error: unknown): unknown {
  const e = error as { type?: string; statusCode?: number } | null;
  const transient =
    ['StripeConnectionError', 'StripeAPIError', 'StripeRateLimitError'].includes(e?.type ?? '') || (e?.statusCode ?? 0) >= 500;
  return transient ? new DomainError(ErrorCode.Unavailable, 'Stripe is unavailable right now; try again shortly') : error;
}
