import { IncomingMessage } from 'node:http';
import { FastifyInstance } from 'fastify';

/** How much of a refused body is read (and discarded) before the answer, and for how long at most. */
export const DRAIN_LIMITS = { bytes: 8 * 1024 * 1024, ms: 10_000 };

/**
 * Reads and discards what is left of a request body, up to the limits. A body that is still arriving when
 * an error is answered with `Connection: close` makes the kernel reset the socket under the client, which then
 * sees ECONNRESET/EPIPE instead of the answer; read to its end, the close is a clean one.
 */
export function drainUnreadBody(request: IncomingMessage, limits = DRAIN_LIMITS): Promise<void> {
  if (request.complete || request.readableEnded || request.destroyed) return Promise.resolve();
  const declared = Number(request.headers['content-length'] ?? 0);
  // No declared body (an HTTP/0.9 request is never "complete"), or more than we are willing to read: answer now.
  if ((declared === 0 && request.headers['transfer-encoding'] === undefined) || declared > limits.bytes) return Promise.resolve();
  return new Promise((resolve) => {
    let seen = 0;
    const finish = () => {
      clearTimeout(timer);
      request.off('data', onData).off('end', finish).off('error', finish).off('close', finish);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > limits.bytes) finish();
    };
    const timer = setTimeout(finish, limits.ms);
    request.on('data', onData).once('end', finish).once('error', finish).once('close', finish);
    request.resume();
  });
}

/** Error answers wait until the unread rest of the request body is drained (a 413 before the body was read, a 415, …). */
export function registerUnreadBodyDrain(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (reply.statusCode < 400) {
      done(null, payload);
      return;
    }
    void drainUnreadBody(request.raw).then(() => done(null, payload));
  });
}
