import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { PasswordResetToken } from './password-reset-token.entity';

/** Reset tokens by hash; every method runs in the caller's transaction. */
@Injectable()
export class PasswordResetTokensRepository {
  async insert(userId: string, tokenHash: string, expiresAt: Date, manager: EntityManager): Promise<void> {
    await manager.getRepository(PasswordResetToken).insert({ userId, tokenHash, expiresAt });
  }

  /** Marks an unused, unexpired token used and returns its user; null when there is none. */
  async consume(tokenHash: string, manager: EntityManager): Promise<string | null> {
    const [rows] = (await manager.query(
      `UPDATE password_reset_tokens SET used_at = now()
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
        RETURNING user_id AS "userId"`,
      [tokenHash],
    )) as [Array<{ userId: string }>, number];
    return rows[0]?.userId ?? null;
  }

  /** Whether a token could still be consumed (unused, unexpired), without using it. */
  async isUsable(tokenHash: string, manager: EntityManager): Promise<boolean> {
    const rows = (await manager.query(
      `SELECT 1 FROM password_reset_tokens WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()`,
      [tokenHash],
    )) as unknown[];
    return rows.length > 0;
  }

  async invalidateAllOfUser(userId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(PasswordResetToken).update({ userId, usedAt: IsNull() }, { usedAt: () => 'now()' });
  }

  /** Request history for the privacy export (no hashes). */
  listOfUser(userId: string, manager: EntityManager): Promise<PasswordResetToken[]> {
    return manager.getRepository(PasswordResetToken).find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  async deleteAllOfUser(userId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(PasswordResetToken).delete({ userId });
  }
}
