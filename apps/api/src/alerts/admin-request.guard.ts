import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { FastifyReply, FastifyRequest } from 'fastify';
import { AccessTokenIdentity, Role } from '@app/accounts';
import { DomainError, ErrorCode } from '@app/common';
import { AppConfig } from '@app/config';
import { sendProblem } from '../http/send-problem';
import { isFromOwnOrigin } from '../web/http/same-origin';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * For raw Fastify routes outside Nest's guards (Bull Board): a bearer access token with the same checks as the
 * JWT strategy (HS256 only, our issuer and audience, not expired, user still exists, role from the row), or an
 * admin's browser session (the web session hook resolved `request.viewer`). A session is a cookie the browser
 * sends by itself, so its state-changing requests (retry, clean, pause…) must come from our own origin.
 * Anonymous → 401 (a browser asking for a page: the login form, and back), any other role → 403.
 */
@Injectable()
export class AdminRequestGuard {
  private readonly jwt: JwtService;

  constructor(
    config: AppConfig,
    private readonly identity: AccessTokenIdentity,
  ) {
    this.jwt = new JwtService({ secret: config.auth.jwtSecret });
  }

  async check(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const header = request.headers.authorization;
    const token = typeof header === 'string' && /^Bearer /i.test(header) ? header.slice(7).trim() : '';
    const user = token ? await this.verify(token) : (request.viewer ?? null);
    if (!user) {
      if (!token && request.method === 'GET' && /text\/html/.test(request.headers.accept ?? '')) {
        await reply
          .status(303)
          .header('location', `/login?next=${encodeURIComponent(request.url)}`)
          .send();
        return;
      }
      await sendProblem(reply, new DomainError(ErrorCode.Unauthenticated, 'A valid access token is required'));
      return;
    }
    if (user.role !== Role.Admin) {
      await sendProblem(reply, new DomainError(ErrorCode.Forbidden, 'You are not allowed to do this'));
      return;
    }
    if (!token && !SAFE_METHODS.has(request.method) && !isFromOwnOrigin(request, { requireSignal: true })) {
      await sendProblem(reply, new DomainError(ErrorCode.Forbidden, 'This request was not sent from this site'));
    }
  }

  private async verify(token: string) {
    try {
      const claims = await this.jwt.verifyAsync<{ sub: string; iat?: number; typ?: string }>(token, {
        algorithms: ['HS256'],
        issuer: 'jobboard',
        audience: 'jobboard-api',
      });
      if (claims.typ !== 'access' || typeof claims.sub !== 'string') return null;
      return await this.identity.resolve(claims.sub, claims.iat);
    } catch {
      return null;
    }
  }
}
