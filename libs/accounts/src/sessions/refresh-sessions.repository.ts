import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { RefreshSession, SessionRevokeReason } from './refresh-session.entity';
import { RefreshToken } from './refresh-token.entity';

export interface ClientMeta {
  ip: string | null;
  userAgent: string | null;
}

export type RotateOutcome = { kind: 'rotated'; userId: string; sessionId: string } | { kind: 'reused' } | { kind: 'invalid' };

interface TokenRow {
  id: string;
  sessionId: string;
  userId: string;
  expiresAt: Date;
  revokedAt: Date | null;
}

/** Refresh-token families (sessions) and their tokens, addressed by token hash. */
@Injectable()
export class RefreshSessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(userId: string, meta: ClientMeta, tokenHash: string, expiresAt: Date): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.getRepository(RefreshSession).save({ userId, ip: meta.ip, userAgent: meta.userAgent });
      await manager.getRepository(RefreshToken).insert({ sessionId: session.id, tokenHash, expiresAt });
      return session.id;
    });
  }

  /**
   * Marks the presented token used and adds its successor, atomically. The family row is locked
   * first, so rotation and revocation of one family never interleave; the conditional UPDATE then
   * guarantees that of two concurrent refreshes with the same token only one succeeds. A token that
   * was already used is reuse: its family is revoked (committed) and the caller answers 401.
   */
  rotate(oldHash: string, newHash: string, expiresAt: Date): Promise<RotateOutcome> {
    return this.dataSource.transaction(async (manager): Promise<RotateOutcome> => {
      const [row] = (await manager.query(
        `SELECT t.id, t.session_id AS "sessionId", t.expires_at AS "expiresAt", s.user_id AS "userId", s.revoked_at AS "revokedAt"
           FROM refresh_tokens t JOIN refresh_sessions s ON s.id = t.session_id
          WHERE t.token_hash = $1
            FOR UPDATE OF s`,
        [oldHash],
      )) as TokenRow[];
      if (!row || row.revokedAt !== null || row.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' };
      const [claimed] = (await manager.query(`UPDATE refresh_tokens SET used_at = now() WHERE id = $1 AND used_at IS NULL RETURNING id`, [
        row.id,
      ])) as [Array<{ id: string }>, number];
      if (claimed.length === 0) {
        await this.revokeSession(manager, row.sessionId, 'reuse');
        return { kind: 'reused' };
      }
      const successor = await manager
        .getRepository(RefreshToken)
        .save({ sessionId: row.sessionId, parentId: row.id, tokenHash: newHash, expiresAt });
      await manager.getRepository(RefreshToken).update({ id: row.id }, { replacedById: successor.id });
      await manager.getRepository(RefreshSession).update({ id: row.sessionId }, { lastUsedAt: new Date() });
      return { kind: 'rotated', userId: row.userId, sessionId: row.sessionId };
    });
  }

  /** Revokes the family of a token, only if it belongs to this user. */
  async revokeOwnedByToken(userId: string, tokenHash: string, reason: SessionRevokeReason): Promise<void> {
    await this.dataSource.query(
      `UPDATE refresh_sessions s SET revoked_at = now(), revoke_reason = $3
         FROM refresh_tokens t
        WHERE t.token_hash = $2 AND s.id = t.session_id AND s.user_id = $1 AND s.revoked_at IS NULL`,
      [userId, tokenHash, reason],
    );
  }

  async revokeAllOfUser(userId: string, reason: SessionRevokeReason, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(RefreshSession).update({ userId, revokedAt: IsNull() }, { revokedAt: () => 'now()', revokeReason: reason });
  }

  /** Session metadata for the privacy export (no token hashes). */
  listOfUser(userId: string, manager: EntityManager): Promise<RefreshSession[]> {
    return manager.getRepository(RefreshSession).find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  async deleteAllOfUser(userId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(RefreshSession).delete({ userId });
  }

  private async revokeSession(manager: EntityManager, sessionId: string, reason: SessionRevokeReason): Promise<void> {
    await manager
      .getRepository(RefreshSession)
      .update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: () => 'now()', revokeReason: reason });
  }
}
