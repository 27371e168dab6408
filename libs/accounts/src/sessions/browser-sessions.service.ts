import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { AuthUser } from '../role';
import { BrowserSessionsRepository, BrowserSessionUser } from './browser-sessions.repository';
import { hashOpaqueToken, newOpaqueToken } from './opaque-token.util';
import { ClientMeta } from './refresh-sessions.repository';

const DAY_MS = 24 * 3600 * 1000;
/** last_seen_at is refreshed at most this often, so reading pages does not write a row per request. */
const TOUCH_AFTER_MS = 5 * 60 * 1000;

/** Server-side sessions of the website: started at login and signup, ended by logout, reset, role change, erasure. */
@Injectable()
export class BrowserSessionsService {
  constructor(
    private readonly sessions: BrowserSessionsRepository,
    private readonly config: AppConfig,
  ) {}

  /** A new session (and so a new id) for this user; the token goes into the cookie, only its hash is kept. */
  async start(user: AuthUser, meta: ClientMeta): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
    const { token, hash } = newOpaqueToken();
    const expiresAt = new Date(Date.now() + this.config.auth.browserSessionTtlDays * DAY_MS);
    const sessionId = await this.sessions.create(user.id, hash, expiresAt, meta);
    return { token, sessionId, expiresAt };
  }

  async resolve(token: string): Promise<BrowserSessionUser | null> {
    if (token.length === 0 || token.length > 128) return null;
    const session = await this.sessions.findLive(hashOpaqueToken(token));
    if (session && Date.now() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) await this.sessions.touch(session.sessionId);
    return session;
  }

  end(token: string): Promise<void> {
    return this.sessions.end(hashOpaqueToken(token), 'logout');
  }
}
