/**
 * Nest wraps a named enum in `allOf: [{ $ref }]`; alone, the wrapper says nothing more than the `$ref`
 * (and Redocly warns about it), so it is replaced by the `$ref` itself.
 */
export function withoutLoneAllOf<T>(node: T): T {
  if (Array.isArray(node)) return node.map(withoutLoneAllOf) as T;
  if (node === null || typeof node !== 'object') return node;
  const entries = Object.entries(node);
  if (entries.length === 1 && entries[0]![0] === 'allOf' && Array.isArray(entries[0]![1]) && entries[0]![1].length === 1) {
    return withoutLoneAllOf(entries[0]![1][0]);
  }
  return Object.fromEntries(entries.map(([key, value]) => [key, withoutLoneAllOf(value)])) as T;
}
