/** The id of an expandable Stripe reference (`"cus_1"` or `{ id: "cus_1", ... }`), or null. */
export function stripeRefId(reference: unknown): string | null {
  if (typeof reference === 'string' && reference.length > 0) return reference;
  const id = (reference as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length > 0 ? id : null;
}
