import { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { errorRequestOf, renderTransportError } from './error-body';
import { securityHeaders } from './security-headers';
import { sendErrorBody, sendProblem } from './send-problem';

/** Fastify's default (and ours): a path parameter longer than this is refused by the router. */
export const MAX_PARAM_LENGTH = 100;

const ROUTER_ERRORS: Record<string, [status: number, detail: string]> = {
  FST_ERR_BAD_URL: [400, 'The URL path is not valid percent-encoded UTF-8'],
  FST_ERR_MAX_PARAM_LENGTH: [414, `A segment of the URL path is longer than ${MAX_PARAM_LENGTH} characters`],
};

/**
 * Fastify's `frameworkErrors`: what the router refuses before any hook runs (a malformed URL, an over-long
 * path parameter). No hook ran, so the request id and the security headers are set here.
 */
export function answerRouterError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  reply.headers(securityHeaders()).header('x-request-id', request.id);
  const known = ROUTER_ERRORS[error.code];
  if (!known) {
    sendProblem(reply, error);
    return;
  }
  sendErrorBody(reply, renderTransportError(known[0], known[1], errorRequestOf(request.raw)));
}
