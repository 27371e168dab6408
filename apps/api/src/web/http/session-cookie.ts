import { Injectable } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { AuthUser, BrowserSessionsService, ClientMeta } from '@app/accounts';
import { WebCookies } from './web-cookies';

/** The browser session behind the `sid` cookie: started at login and signup, ended at logout. */
@Injectable()
export class SessionCookie {
  constructor(
    private readonly sessions: BrowserSessionsService,
    private readonly cookies: WebCookies,
  ) {}

  /**
   * A new session (a new id) for this user at login and signup; a session the browser held before is ended,
   * so no earlier cookie value stays valid. The cookie expires with the session.
   */
  async replace(request: FastifyRequest, reply: FastifyReply, user: AuthUser, client: ClientMeta): Promise<void> {
    const previous = request.cookies[this.cookies.names.session];
    if (previous) await this.sessions.end(previous);
    const { token, expiresAt } = await this.sessions.start(user, client);
    reply.setCookie(this.cookies.names.session, token, { ...this.cookies.options, expires: expiresAt });
  }

  async end(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const token = request.cookies[this.cookies.names.session];
    if (token) await this.sessions.end(token);
    this.clear(reply);
  }

  /** For a session the server has already ended (account erased): the browser forgets its cookie. */
  clear(reply: FastifyReply): void {
    reply.clearCookie(this.cookies.names.session, this.cookies.options);
  }
}
