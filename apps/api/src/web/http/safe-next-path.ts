/**
 * Where `?next=` may send a browser after login: a path on our own origin, never another host
 * (`//evil.test`, `/\evil.test`, `https://…`), never back into the login forms themselves.
 */
export function safeNextPath(next: unknown, fallback = '/'): string {
  if (typeof next !== 'string' || next.length > 2048) return fallback;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return fallback;
  if (/^\/(login|signup|logout)(\/|\?|$)/.test(next)) return fallback;
  return next;
}
