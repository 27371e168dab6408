import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '@app/common';
import { AppConfig } from '@app/config';
import { AccessTokenService } from '../access-token.service';
import { AuthUser } from '../role';
import { UsersRepository } from '../users/users.repository';
import { hashOpaqueToken, newOpaqueToken } from './opaque-token.util';
import { ClientMeta, RefreshSessionsRepository } from './refresh-sessions.repository';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

const DAY_MS = 24 * 3600 * 1000;

/** Issues access + refresh token pairs, rotates refresh tokens and revokes their families. */
@Injectable()
export class SessionTokensService {
  constructor(
    private readonly sessions: RefreshSessionsRepository,
    private readonly users: UsersRepository,
    private readonly accessTokens: AccessTokenService,
    private readonly config: AppConfig,
  ) {}

  async start(user: AuthUser, meta: ClientMeta): Promise<TokenPair> {
    const refresh = newOpaqueToken();
    await this.sessions.create(user.id, meta, refresh.hash, this.refreshExpiry());
    return { accessToken: this.accessTokens.sign(user), refreshToken: refresh.token };
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const next = newOpaqueToken();
    const outcome = await this.sessions.rotate(hashOpaqueToken(refreshToken), next.hash, this.refreshExpiry());
    if (outcome.kind === 'reused')
      throw new DomainError(ErrorCode.Unauthenticated, 'Refresh token was already used; the session has been revoked');
    const user = outcome.kind === 'rotated' ? await this.users.findById(outcome.userId) : null;
    if (!user) throw new DomainError(ErrorCode.Unauthenticated, 'Refresh token is invalid or expired');
    return { accessToken: this.accessTokens.sign({ id: user.id, email: user.email, role: user.role }), refreshToken: next.token };
  }

  /** Idempotent: an unknown, foreign or already revoked token changes nothing. */
  logout(userId: string, refreshToken: string): Promise<void> {
    return this.sessions.revokeOwnedByToken(userId, hashOpaqueToken(refreshToken), 'logout');
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.config.auth.refreshTokenTtlDays * DAY_MS);
  }
}
