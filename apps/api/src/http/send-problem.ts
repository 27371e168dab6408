import { Logger } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { toProblem } from './problem-details';

const logger = new Logger('Errors');

/** Writes an error as problem+json; unexpected errors are logged with their stack and errorId. */
export function sendProblem(reply: FastifyReply, error: unknown): FastifyReply {
  const { body, headers, unexpected } = toProblem(error);
  if (unexpected !== undefined) {
    const err = unexpected instanceof Error ? unexpected : new Error(String(unexpected));
    logger.error({ msg: 'unexpected error', errorId: body.errorId, err: { message: err.message, stack: err.stack, name: err.name } });
  }
  return reply.status(body.status).headers(headers).type('application/problem+json').send(body);
}
