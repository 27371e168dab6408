import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PasswordResetTokensRepository } from '../password-reset/password-reset-tokens.repository';
import { RefreshSessionsRepository } from '../sessions/refresh-sessions.repository';
import { UsersRepository } from '../users/users.repository';
import { PersonalDataSource, PersonalDataSourceProvider } from './personal-data-source';

/** Accounts' own share: the profile, the login sessions and the password reset requests (never hashes). */
@PersonalDataSourceProvider()
@Injectable()
export class AccountPersonalDataSource implements PersonalDataSource {
  readonly section = 'account';

  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: RefreshSessionsRepository,
    private readonly resetTokens: PasswordResetTokensRepository,
  ) {}

  async exportFor(userId: string, manager: EntityManager): Promise<unknown> {
    const user = await this.users.findById(userId, manager);
    const sessions = await this.sessions.listOfUser(userId, manager);
    const resets = await this.resetTokens.listOfUser(userId, manager);
    return {
      profile: user && {
        id: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
        timezone: user.timezone,
        createdAt: user.createdAt,
        updatedAt: user.updatedAt,
      },
      sessions: sessions.map((s) => ({
        id: s.id,
        createdAt: s.createdAt,
        lastUsedAt: s.lastUsedAt,
        revokedAt: s.revokedAt,
        revokeReason: s.revokeReason,
        ip: s.ip,
        userAgent: s.userAgent,
      })),
      passwordResetRequests: resets.map((r) => ({ requestedAt: r.createdAt, expiresAt: r.expiresAt, usedAt: r.usedAt })),
    };
  }

  async eraseFor(userId: string, manager: EntityManager): Promise<void> {
    await this.resetTokens.deleteAllOfUser(userId, manager);
    await this.sessions.deleteAllOfUser(userId, manager);
  }
}
