import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { FastifyReply, FastifyRequest } from 'fastify';
import { AccessTokenIdentity, Role } from '@app/accounts';
import { DomainError, ErrorCode } from '@app/common';
import { AppConfig } from '@app/config';
import { sendProblem } from '../http/send-problem';

/**
 * For raw Fastify routes outside Nest's guards (Bull Board): the same access-token checks as the
 * JWT strategy (HS256 only, our issuer and audience, not expired, user still exists, role from
 * the row), then admin only. Anonymous → 401, any other role → 403.
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
    const user = token ? await this.verify(token) : null;
    if (!user) {
      await sendProblem(reply, new DomainError(ErrorCode.Unauthenticated, 'A valid access token is required'));
      return;
    }
    if (user.role !== Role.Admin) await sendProblem(reply, new DomainError(ErrorCode.Forbidden, 'You are not allowed to do this'));
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
