export interface FieldChange {
  from?: unknown;
  to: unknown;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

const plain = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : (value ?? null));

/**
 * The fields of `after` that differ from `before`, as `{ field: { from, to } }` (dates as ISO text). With no
 * `before` (a creation) every given field is listed with `to` only. `fields` limits what is compared.
 */
export function fieldChanges<T extends object>(
  before: Partial<T> | null,
  after: Partial<T>,
  fields: ReadonlyArray<keyof T & string>,
): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const field of fields) {
    if (!(field in after) || after[field] === undefined) continue;
    const to = plain(after[field]);
    if (before === null) changes[field] = { to };
    else if (!same(plain(before[field]), to)) changes[field] = { from: plain(before[field]), to };
  }
  return changes;
}
