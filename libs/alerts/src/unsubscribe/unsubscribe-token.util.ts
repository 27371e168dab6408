import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

const VERSION = 'u1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_ALERTS = 50;

/** A key of its own for unsubscribe links, derived from JWT_SECRET (HKDF with a purpose label). */
export function unsubscribeKey(jwtSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', jwtSecret, 'jobboard', 'alerts/unsubscribe-token/v1', 32));
}

function mac(key: Buffer, body: string): string {
  return createHmac('sha256', key).update(`${VERSION}.${body}`).digest('base64url');
}

/**
 * A signed token naming exactly the alerts it may pause (one per alert link; the digest's header
 * names the alerts of that digest). No expiry: unsubscribe links must keep working.
 */
export function signUnsubscribeToken(alertIds: string[], key: Buffer): string {
  if (alertIds.length === 0 || alertIds.length > MAX_ALERTS || !alertIds.every((id) => UUID.test(id))) {
    throw new Error('an unsubscribe token names 1 to 50 alert ids');
  }
  const body = Buffer.concat(alertIds.map((id) => Buffer.from(id.replace(/-/g, ''), 'hex'))).toString('base64url');
  return `${VERSION}.${body}.${mac(key, body)}`;
}

/** The alert ids of a genuine token; null for anything forged, altered or malformed. */
export function verifyUnsubscribeToken(token: string, key: Buffer): string[] | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== VERSION) return null;
  const [, body, signature] = parts as [string, string, string];
  const expected = mac(key, body);
  if (signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) return null;
  const bytes = Buffer.from(body, 'base64url');
  if (bytes.length === 0 || bytes.length % 16 !== 0 || bytes.length / 16 > MAX_ALERTS) return null;
  const ids: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += 16) {
    const hex = bytes.subarray(offset, offset + 16).toString('hex');
    ids.push(`${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`);
  }
  return ids;
}
