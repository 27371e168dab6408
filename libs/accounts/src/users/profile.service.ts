import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditActor, AuditTrail } from '@app/audit';
import { DomainError, ErrorCode } from '@app/common';
import { EntitlementsService } from '../entitlements/entitlements.service';
import { Role } from '../role';
import { BrowserSessionsRepository } from '../sessions/browser-sessions.repository';
import { isIanaTimeZone } from './is-iana-time-zone.util';
import { MeView, toMeView } from './me-view';
import { toUserView, UserView } from './user-view';
import { UsersRepository } from './users.repository';

export interface ProfileChanges {
  name?: string;
  timezone?: string;
}

/** The signed-in user's profile with their plan, and role changes by admins. */
@Injectable()
export class ProfileService {
  constructor(
    private readonly users: UsersRepository,
    private readonly entitlements: EntitlementsService,
    private readonly browserSessions: BrowserSessionsRepository,
    private readonly audit: AuditTrail,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async me(userId: string): Promise<MeView> {
    const [user, entitlements] = await Promise.all([this.users.findById(userId), this.entitlements.forUser(userId)]);
    if (!user) throw DomainError.notFound('User');
    return toMeView(user, entitlements);
  }

  async update(userId: string, changes: ProfileChanges): Promise<MeView> {
    if (changes.timezone !== undefined && !isIanaTimeZone(changes.timezone)) {
      throw DomainError.badInput('timezone', 'must be an IANA time zone such as Europe/Berlin');
    }
    const name = changes.name?.trim();
    await this.users.update(userId, {
      ...(name !== undefined ? { name } : {}),
      ...(changes.timezone !== undefined ? { timezone: changes.timezone } : {}),
    });
    return this.me(userId);
  }

  /**
   * An admin cannot change their own role, so the last admin cannot lock everyone out by mistake. A change
   * ends the user's browser sessions: the next page they open asks them to log in under their new role. The change
   * and its audit entry are one transaction.
   */
  async changeRole(actor: AuditActor, userId: string, role: Role): Promise<UserView> {
    if (actor.id === userId) throw new DomainError(ErrorCode.BusinessRule, 'You cannot change your own role');
    const user = await this.dataSource.transaction(async (manager) => {
      const before = await this.users.findById(userId, manager);
      if (!before) return null;
      if (before.role === role) return before;
      await this.browserSessions.endAllOfUser(userId, 'role_change', manager);
      const after = await this.users.update(userId, { role }, manager);
      await this.audit.record(manager, {
        actor,
        action: 'user.role',
        entity: 'user',
        entityId: userId,
        changes: { role: { from: before.role, to: role } },
      });
      return after;
    });
    if (!user) throw DomainError.notFound('User');
    return toUserView(user);
  }
}
