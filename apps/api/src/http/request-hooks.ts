import { FastifyInstance } from 'fastify';
import { AppLogger, httpRequestDuration, requestContext } from '@app/observability';
import { errorRequestOf, renderTransportError } from './error-body';
import { sendErrorBody } from './send-problem';

/**
 * Request id on every request, response and log line; latency into the histogram.
 * While the server is closing, responses carry `Connection: close`, so keep-alive sockets
 * of in-flight requests end with their response instead of holding shutdown open, and a request
 * that arrives on such a socket is answered 503 (Fastify's own 503 is off: it is plain JSON).
 */
export function registerRequestHooks(fastify: FastifyInstance, logger: AppLogger): void {
  let closing = false;
  fastify.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    if (closing) {
      reply.header('retry-after', '1');
      sendErrorBody(reply, renderTransportError(503, 'The server is shutting down; retry the request', errorRequestOf(request.raw)));
      return;
    }
    requestContext.run({ requestId: request.id }, done);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const seconds = reply.elapsedTime / 1000;
    httpRequestDuration.observe({ route, method: request.method, status: String(reply.statusCode) }, seconds);
    logger.pino.info(
      {
        requestId: request.id,
        method: request.method,
        route,
        url: request.url,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request completed',
    );
    done();
  });
}
