import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Role } from '../role';
import { BrowserSession, BrowserSessionEndReason } from './browser-session.entity';
import { ClientMeta } from './refresh-sessions.repository';

/** The user a live browser session belongs to, as the pages need them. */
export interface BrowserSessionUser {
  sessionId: string;
  lastSeenAt: Date;
  user: { id: string; email: string; name: string; role: Role };
}

interface SessionUserRow {
  sessionId: string;
  lastSeenAt: Date;
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** Browser sessions, addressed by the hash of their cookie token. */
@Injectable()
export class BrowserSessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(userId: string, tokenHash: string, expiresAt: Date, meta: ClientMeta): Promise<string> {
    const session = await this.dataSource
      .getRepository(BrowserSession)
      .save({ userId, tokenHash, expiresAt, ip: meta.ip, userAgent: meta.userAgent });
    return session.id;
  }

  /** One indexed lookup: the live session of this token hash with its user, or null. */
  async findLive(tokenHash: string): Promise<BrowserSessionUser | null> {
    const [row] = (await this.dataSource.query(
      `SELECT s.id AS "sessionId", s.last_seen_at AS "lastSeenAt", u.id, u.email, u.name, u.role
         FROM browser_sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.ended_at IS NULL AND s.expires_at > now()`,
      [tokenHash],
    )) as SessionUserRow[];
    if (!row) return null;
    return { sessionId: row.sessionId, lastSeenAt: row.lastSeenAt, user: { id: row.id, email: row.email, name: row.name, role: row.role } };
  }

  async touch(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(BrowserSession).update({ id: sessionId }, { lastSeenAt: () => 'now()' });
  }

  async end(tokenHash: string, reason: BrowserSessionEndReason): Promise<void> {
    await this.dataSource
      .getRepository(BrowserSession)
      .update({ tokenHash, endedAt: IsNull() }, { endedAt: () => 'now()', endReason: reason });
  }

  async endAllOfUser(userId: string, reason: BrowserSessionEndReason, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(BrowserSession).update({ userId, endedAt: IsNull() }, { endedAt: () => 'now()', endReason: reason });
  }
}
