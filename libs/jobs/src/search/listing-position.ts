/** Cursor position in the newest-first order: featured segment first, then by publish time (µs) and id. */
export interface ListingPosition extends Record<string, unknown> {
  f: boolean;
  p: string;
  i: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isListingPosition(value: unknown): value is ListingPosition {
  const v = value as ListingPosition | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.f === 'boolean' &&
    typeof v.p === 'string' &&
    /^\d{1,17}$/.test(v.p) &&
    typeof v.i === 'string' &&
    UUID.test(v.i)
  );
}
