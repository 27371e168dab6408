import { STATUS_CODES } from 'node:http';
import { FastifyInstance } from 'fastify';
import { errorRequestOf, renderTransportError } from './error-body';
import { isRenderedError } from './send-problem';

const MAX_KEPT_DETAIL = 300;

/** Route config (`@RouteConfig(OWN_ERROR_BODY)`) of a handler that answers an error status with a body of its own on purpose. */
export const OWN_ERROR_BODY = { ownErrorBody: true } as const;

/** The message of an error body written by a plugin, when it is a short client-error text; otherwise the status's phrase. */
function detailOf(status: number, payload: unknown): string {
  if (status < 500 && typeof payload === 'string' && payload.length <= MAX_KEPT_DETAIL) {
    try {
      const message = (JSON.parse(payload) as { message?: unknown })?.message;
      if (typeof message === 'string') return message;
    } catch {
      if (/^[\w .,:;'()/-]+$/.test(payload)) return payload;
    }
  }
  return STATUS_CODES[status] ?? 'Error';
}

/**
 * The last line of defence: an error answer that did not come from renderErrorBody (a plugin's own, such as
 * the CORS preflight's text/plain 400, or Fastify's default JSON) is re-rendered by it, so every error of
 * the HTTP API leaves as problem+json. A route marked OWN_ERROR_BODY (the readiness probe) keeps its body.
 */
export function registerErrorBodyGuard(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    const ownBody = (request.routeOptions.config as { ownErrorBody?: boolean } | undefined)?.ownErrorBody === true;
    if (reply.statusCode < 400 || isRenderedError(reply) || ownBody) {
      done(null, payload);
      return;
    }
    const body = renderTransportError(reply.statusCode, detailOf(reply.statusCode, payload), errorRequestOf(request.raw));
    reply.removeHeader('content-length');
    reply.header('content-type', body.contentType);
    done(null, body.payload);
  });
}
