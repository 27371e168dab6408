import { FastifyRequest } from 'fastify';

const ALLOWED_FETCH_SITES = new Set(['same-origin', 'none']);

/**
 * Whether a request comes from a page of our own origin, by what the browser says: `Origin` must be ours and
 * `Sec-Fetch-Site` same-origin (or none: typed in, bookmarked). With `requireSignal`, a request that carries neither
 * header is refused too (every browser sends one of them on a state-changing fetch).
 * Under our `Referrer-Policy: no-referrer` Chromium sends `Origin: null` with a form post; that is taken as no
 * Origin, so Sec-Fetch-Site alone decides, and it must then say same-origin.
 */
export function isFromOwnOrigin(request: FastifyRequest, options: { requireSignal?: boolean } = {}): boolean {
  const site = request.headers['sec-fetch-site'];
  const origin = request.headers.origin === 'null' && site === 'same-origin' ? undefined : request.headers.origin;
  if (typeof site === 'string' && !ALLOWED_FETCH_SITES.has(site)) return false;
  if (origin !== undefined && origin !== `${request.protocol}://${request.host}`) return false;
  return !options.requireSignal || typeof site === 'string' || origin !== undefined;
}
