import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { RetentionPolicy, RetentionPolicyProvider } from '@app/database';

/**
 * Refresh-token families that can never issue a token again, RETENTION_SESSIONS_DAYS after their end: revoked
 * ones, and idle ones without a token that is still valid (or expired less than that long ago). The index walks
 * them by their last moment (revocation, else last rotation, else login); their remaining tokens cascade.
 */
@Injectable()
@RetentionPolicyProvider()
export class RefreshSessionRetentionPolicy implements RetentionPolicy {
  readonly name = 'refresh-sessions';
  readonly statement = `
    DELETE FROM refresh_sessions WHERE ctid = ANY(ARRAY(
      SELECT s.ctid FROM refresh_sessions s
       WHERE coalesce(s.revoked_at, s.last_used_at, s.created_at) < now() - make_interval(days => $2::int)
         AND (s.revoked_at IS NOT NULL
              OR NOT EXISTS (SELECT 1 FROM refresh_tokens t
                              WHERE t.session_id = s.id AND t.expires_at >= now() - make_interval(days => $2::int)))
       ORDER BY coalesce(s.revoked_at, s.last_used_at, s.created_at)
       LIMIT $1))`;

  constructor(private readonly config: AppConfig) {}

  parameters(): unknown[] {
    return [this.config.retention.sessionsDays];
  }
}
