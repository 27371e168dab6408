/** True when the Stripe API answered 404 (`resource_missing`): the object does not exist there. */
export function isStripeNotFound(error: unknown): boolean {
  const e = error as { statusCode?: number; code?: string; type?: string } | null;
  return e?.statusCode === 404 || (e?.type === 'StripeInvalidRequestError' && e.code === 'resource_missing');
}
