import { createHash, randomBytes } from 'node:crypto';

/** A random opaque token (32 bytes, base64url) and the SHA-256 hash that is all we store of it. */
export function newOpaqueToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashOpaqueToken(token) };
}

export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
