import { Injectable } from '@nestjs/common';
import { AuthUser } from '../role';
import { UsersRepository } from '../users/users.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Turns a verified access token into the current identity with one primary-key lookup:
 * a deleted user's token stops working at once, a role change applies at once, and tokens
 * issued before a password reset are refused. The role comes from the row, not the claim.
 */
@Injectable()
export class AccessTokenIdentity {
  constructor(private readonly users: UsersRepository) {}

  async resolve(userId: string, issuedAtSeconds: number | undefined): Promise<AuthUser | null> {
    if (!UUID.test(userId) || issuedAtSeconds === undefined) return null;
    const user = await this.users.findIdentity(userId);
    if (!user) return null;
    // iat has whole seconds: a token from the same second as the revocation is still accepted.
    if (user.tokensRevokedAt && issuedAtSeconds < Math.floor(user.tokensRevokedAt.getTime() / 1000)) return null;
    return { id: user.id, email: user.email, role: user.role };
  }
}
