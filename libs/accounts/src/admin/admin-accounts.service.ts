import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { normalizeEmail } from '../normalize-email.util';
import { PasswordHasher } from '../passwords/password-hasher.service';
import { Role } from '../role';
import { BrowserSession } from '../sessions/browser-session.entity';
import { RefreshSession } from '../sessions/refresh-session.entity';
import { User } from '../user.entity';

export type EnsureAdminOutcome = 'created' | 'promoted' | 'unchanged';

/**
 * Makes sure an admin with this email exists (ADMIN_EMAIL at api boot, `npm run admin:create`).
 * - no account: created as admin with this password;
 * - an admin already: left alone (its password is NOT reset, so a later password change survives restarts);
 * - a seeker: promoted, and the given password replaces theirs while every session and access token
 *   of the account is revoked. Anyone can sign up under any address, so whoever registered the
 *   admin's email first must not keep access to the account once it becomes admin.
 * Safe when several api instances boot at once (insert-or-ignore, then a row lock).
 */
@Injectable()
export class AdminAccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
  ) {}

  async ensureAdmin(rawEmail: string, password: string): Promise<EnsureAdminOutcome> {
    const email = normalizeEmail(rawEmail);
    const passwordHash = await this.hasher.hash(password);
    return this.dataSource.transaction(async (manager): Promise<EnsureAdminOutcome> => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(User)
        .values({ email, name: 'Administrator', role: Role.Admin, passwordHash })
        .orIgnore()
        .returning('id')
        .execute();
      if ((inserted.raw as unknown[]).length > 0) return 'created';
      const users = manager.getRepository(User);
      const user = await users.findOne({ where: { email }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new Error(`the account ${email} disappeared while it was being made admin`);
      if (user.role === Role.Admin) return 'unchanged';
      await users.update({ id: user.id }, { role: Role.Admin, passwordHash, tokensRevokedAt: new Date() });
      await manager
        .getRepository(RefreshSession)
        .update({ userId: user.id, revokedAt: IsNull() }, { revokedAt: () => 'now()', revokeReason: 'admin_takeover' });
      await manager
        .getRepository(BrowserSession)
        .update({ userId: user.id, endedAt: IsNull() }, { endedAt: () => 'now()', endReason: 'admin_takeover' });
      return 'promoted';
    });
  }
}
