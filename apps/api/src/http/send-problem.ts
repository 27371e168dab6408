import { Logger } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { ErrorBody, errorRequestOf, renderErrorBody } from './error-body';
import { toProblem } from './problem-details';

const logger = new Logger('Errors');
const rendered = new WeakSet<FastifyReply>();

/** Sends an error body chosen by renderErrorBody, marked so the error-body guard lets it through as it is. */
export function sendErrorBody(reply: FastifyReply, body: ErrorBody, headers: Record<string, string> = {}): FastifyReply {
  rendered.add(reply);
  return reply.status(body.status).headers(headers).type(body.contentType).send(body.payload);
}

/** A page with an error status (a refused form, the error page) rendered by the website itself: the guard leaves it. */
export function markRenderedError(reply: FastifyReply): void {
  rendered.add(reply);
}

/** Whether the reply's error body came from renderErrorBody or a page (see error-body-guard.ts). */
export const isRenderedError = (reply: FastifyReply): boolean => rendered.has(reply);

/** Writes an error as problem+json (or what renderErrorBody picks); unexpected errors are logged with their stack and errorId. */
export function sendProblem(reply: FastifyReply, error: unknown): FastifyReply {
  const { body, headers, unexpected } = toProblem(error);
  if (unexpected !== undefined) {
    const err = unexpected instanceof Error ? unexpected : new Error(String(unexpected));
    logger.error({ msg: 'unexpected error', errorId: body.errorId, err: { message: err.message, stack: err.stack, name: err.name } });
  }
  return sendErrorBody(reply, renderErrorBody(body, errorRequestOf(reply.request.raw)), headers);
}
