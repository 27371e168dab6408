import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * CSRF tokens bound to who is posting: a signed-in browser's token is an HMAC of its session id, an anonymous
 * browser's an HMAC of a random cookie. Neither can be computed or read by another origin — another port of
 * the same host included, which SameSite cookies do not keep out.
 */
export class CsrfTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('jobboard csrf key v1').digest();
  }

  forSession(sessionId: string): string {
    return this.sign(`session:${sessionId}`);
  }

  forAnonymous(cookieValue: string): string {
    return this.sign(`anonymous:${cookieValue}`);
  }

  matches(given: unknown, expected: string): boolean {
    if (typeof given !== 'string' || given.length !== expected.length) return false;
    return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
  }

  private sign(subject: string): string {
    return createHmac('sha256', this.key).update(subject).digest('base64url');
  }
}
