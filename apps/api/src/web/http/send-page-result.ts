import { FastifyInstance, FastifyReply } from 'fastify';
import { markRenderedError } from '../../http/send-problem';
import { renderDocument } from '../html/jsx';
import { PageResult } from './page-result';
import { WebCookies } from './web-cookies';

/** The "template" name Nest's @Render hands to reply.view: page handlers return a PageResult, sent here. */
export const PAGE_RESULT_VIEW = 'page-result';

const FLASH_SECONDS = 60;

export function sendPageResult(reply: FastifyReply, result: PageResult, cookies: WebCookies): FastifyReply {
  switch (result.kind) {
    case 'page':
      if (result.status >= 400) markRenderedError(reply);
      return reply
        .status(result.status)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'private, no-cache')
        .send(renderDocument(result.html));
    case 'redirect':
      if (result.flash) reply.setCookie(cookies.names.flash, result.flash, { ...cookies.options, maxAge: FLASH_SECONDS });
      return reply.status(303).header('location', result.location).header('cache-control', 'no-store').send();
    case 'download':
      return reply
        .status(200)
        .type(result.contentType)
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${result.filename}"`)
        .header('x-content-type-options', 'nosniff')
        .send(result.body);
  }
}

/**
 * Nest's @Render calls `reply.view(template, result)` and leaves the status alone — which is what a page
 * needs (422 for a refused form, 303 after a good one).
 */
export function registerPageReplies(fastify: FastifyInstance, cookies: WebCookies): void {
  fastify.decorateReply('view', function (this: FastifyReply, _template: string, result: PageResult) {
    return sendPageResult(this, result, cookies);
  });
}
