import { FastifyInstance, FastifyRequest } from 'fastify';
import { isPagePath } from '../web/http/page-paths';
import { errorRequestOf, renderTransportError } from './error-body';
import { sendErrorBody } from './send-problem';

const MULTIPART = /^\s*multipart\//i;

/**
 * multipart/form-data is for the website's upload forms only. The JSON API takes JSON (and text for guide
 * imports): a multipart body sent to it is refused with 415 before any parser reads it.
 */
export function registerMultipartScope(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request: FastifyRequest, reply, done) => {
    const type = request.headers['content-type'];
    if (typeof type === 'string' && MULTIPART.test(type) && !isPagePath(request.url)) {
      sendErrorBody(
        reply,
        renderTransportError(415, 'The API takes application/json request bodies, not multipart/form-data', errorRequestOf(request.raw)),
      );
      return;
    }
    done();
  });
}
