import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FastifyRequest } from 'fastify';
import { DomainError, ErrorCode } from '@app/common';
import { CsrfTokens } from './csrf-tokens';
import { isFromOwnOrigin } from './same-origin';
import { WebCookies } from './web-cookies';

export const CSRF_FIELD = '_csrf';
const SKIP_CSRF = 'web:skip-csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** For the one form whose authority is a signed token in its URL (RFC 8058 one-click unsubscribe). */
export const SkipCsrf = () => SetMetadata(SKIP_CSRF, true);

const FORGED = 'This form has expired or was sent from another site. Reload the page and try again.';

/**
 * Every state-changing page request must come from our own origin (Origin and Sec-Fetch-Site, when the browser
 * sends them) and carry the CSRF token of the browser that got the form. Otherwise 403, before anything runs.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: CsrfTokens,
    private readonly cookies: WebCookies,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (SAFE_METHODS.has(request.method)) return true;
    if (this.reflector.getAllAndOverride<boolean>(SKIP_CSRF, [context.getHandler(), context.getClass()])) return true;
    if (!isFromOwnOrigin(request) || !this.tokens.matches(this.given(request), this.expected(request) ?? '')) {
      throw new DomainError(ErrorCode.Forbidden, FORGED);
    }
    return true;
  }

  private given(request: FastifyRequest): unknown {
    const body = request.body as Record<string, unknown> | undefined;
    return body && typeof body === 'object' ? body[CSRF_FIELD] : undefined;
  }

  private expected(request: FastifyRequest): string | null {
    if (request.viewer) return this.tokens.forSession(request.viewer.sessionId);
    const cookie = request.cookies[this.cookies.names.csrf];
    return cookie ? this.tokens.forAnonymous(cookie) : null;
  }
}
