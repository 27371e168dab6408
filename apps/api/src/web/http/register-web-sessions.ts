import { FastifyInstance } from 'fastify';
import { BrowserSessionsService } from '@app/accounts';
import { isPagePath } from './page-paths';
import './viewer';
import { WebCookies } from './web-cookies';

/**
 * On page requests (and Bull Board's), the session cookie is looked up before routing, so every page —
 * the 404 page too — knows who is looking. The JSON API never reads the cookie: it takes bearer tokens only.
 */
export function registerWebSessions(fastify: FastifyInstance, sessions: BrowserSessionsService, cookies: WebCookies): void {
  fastify.decorateRequest('viewer', null);
  fastify.addHook('onRequest', async (request, reply) => {
    if (!isPagePath(request.url) && !request.url.startsWith('/admin/queues')) return;
    const token = request.cookies[cookies.names.session];
    if (!token) return;
    const session = await sessions.resolve(token);
    if (!session) {
      reply.clearCookie(cookies.names.session, cookies.options);
      return;
    }
    request.viewer = { ...session.user, sessionId: session.sessionId };
  });
}
