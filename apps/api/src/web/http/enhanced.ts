import { FastifyRequest } from 'fastify';

/**
 * site.js posts a `form[data-enhance]` in place with this header; the handler then answers with just the
 * fragment that replaces the form's `[data-fragment]` element instead of redirecting.
 */
export const ENHANCED_HEADER = 'x-enhanced';

export function isEnhanced(request: FastifyRequest): boolean {
  return request.headers[ENHANCED_HEADER] === '1';
}
