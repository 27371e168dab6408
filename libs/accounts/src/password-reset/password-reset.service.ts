import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '@app/common';
import { AppConfig } from '@app/config';
import { MailService } from '@app/mail';
import { BackgroundTasks } from '../background/background-tasks.service';
import { normalizeEmail } from '../normalize-email.util';
import { PasswordHasher } from '../passwords/password-hasher.service';
import { AuthRateLimits } from '../rate-limit/rate-limit-rule';
import { RateLimiter } from '../rate-limit/rate-limiter.service';
import { hashOpaqueToken, newOpaqueToken } from '../sessions/opaque-token.util';
import { BrowserSessionsRepository } from '../sessions/browser-sessions.repository';
import { RefreshSessionsRepository } from '../sessions/refresh-sessions.repository';
import { UsersRepository } from '../users/users.repository';
import { PasswordResetTokensRepository } from './password-reset-tokens.repository';
import { renderPasswordResetMail } from './render-password-reset-mail.util';

const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;

/** Forgot / reset password: single-use hashed tokens mailed through the mail queue. */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly tokens: PasswordResetTokensRepository,
    private readonly sessions: RefreshSessionsRepository,
    private readonly browserSessions: BrowserSessionsRepository,
    private readonly hasher: PasswordHasher,
    private readonly limiter: RateLimiter,
    private readonly mail: MailService,
    private readonly background: BackgroundTasks,
    private readonly config: AppConfig,
  ) {}

  /**
   * Answers the same way, after the same work, whether or not the email exists: the lookup and
   * mailing run after the response, and an unknown email still costs one argon2 hash.
   */
  async requestReset(rawEmail: string, ip: string): Promise<void> {
    const email = normalizeEmail(rawEmail);
    await this.limiter.hit({ rule: AuthRateLimits.forgotPerIp, subject: ip }, { rule: AuthRateLimits.forgotPerEmail, subject: email });
    this.background.run('password-reset-mail', () => this.mailResetLink(email));
  }

  /** Whether a reset link still works, so the page can say so before a new password is typed. */
  isUsable(token: string): Promise<boolean> {
    if (token.length === 0 || token.length > 200) return Promise.resolve(false);
    return this.tokens.isUsable(hashOpaqueToken(token), this.dataSource.manager);
  }

  async resetPassword(token: string, password: string): Promise<void> {
    const passwordHash = await this.hasher.hash(password);
    const email = await this.dataSource.transaction(async (manager) => {
      const userId = await this.tokens.consume(hashOpaqueToken(token), manager);
      if (!userId) return null;
      await this.users.setPassword(userId, passwordHash, { revokeAccessTokens: true }, manager);
      await this.tokens.invalidateAllOfUser(userId, manager);
      await this.sessions.revokeAllOfUser(userId, 'password_reset', manager);
      await this.browserSessions.endAllOfUser(userId, 'password_reset', manager);
      return (await this.users.findById(userId, manager))?.email ?? null;
    });
    if (email === null) throw DomainError.badInput('token', 'is invalid, expired or already used');
    await this.limiter.reset({ rule: AuthRateLimits.loginFailuresPerEmail, subject: email });
  }

  private async mailResetLink(email: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user) return this.hasher.burn();
    const { token, hash } = newOpaqueToken();
    const url = `${this.config.http.appUrl}/reset-password?token=${encodeURIComponent(token)}`;
    const mailId = await this.dataSource.transaction(async (manager) => {
      await this.tokens.insert(user.id, hash, new Date(Date.now() + RESET_TOKEN_TTL_MS), manager);
      return this.mail.store(renderPasswordResetMail(user.email, user.name, url), manager);
    });
    await this.mail.dispatch(mailId);
  }
}
