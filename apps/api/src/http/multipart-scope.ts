import { FastifyInstance, FastifyRequest } from 'fastify';
import { isPagePath } from '../web/http/page-paths';
import { errorRequestOf, renderTransportError } from './error-body';
import { sendErrorBody } from './send-problem';
import { DRAIN_LIMITS } from './unread-body';

const MULTIPART = /^\s*multipart\//i;

/**
 * multipart/form-data is for the website's upload forms only. The JSON API takes JSON (and text for guide
 * imports): a multipart body sent to it is refused with 415 before any parser reads it. An upload form's body is
 * read to its end (a file over its bound is cut, the rest discarded), so one declared larger than the drain bound
 * is refused with 413 before it is read.
 */
export function registerMultipartScope(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request: FastifyRequest, reply, done) => {
    const type = request.headers['content-type'];
    if (typeof type !== 'string' || !MULTIPART.test(type)) return done();
    if (!isPagePath(request.url)) {
      sendErrorBody(
        reply,
        renderTransportError(415, 'The API takes application/json request bodies, not multipart/form-data', errorRequestOf(request.raw)),
      );
      return;
    }
    if (Number(request.headers['content-length'] ?? 0) > DRAIN_LIMITS.bytes) {
      sendErrorBody(reply, renderTransportError(413, 'The upload is too large', errorRequestOf(request.raw)));
      return;
    }
    done();
  });
}
