/**
 * Parses the form encoding the Stripe SDK sends (`line_items[0][price]=x`,
 * `subscription_data[metadata][userId]=y`) into nested objects and arrays.
 */
export function parseFormBody(body: string): Record<string, unknown> {
  const result: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.replace(/\]/g, '').split('[');
    let node: any = result;
    path.forEach((part, index) => {
      const next = path[index + 1];
      if (next === undefined) node[part] = value;
      else node = node[part] ??= /^\d+$/.test(next) ? [] : {};
    });
  }
  return result;
}
