import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { RetentionPolicy, RetentionPolicyProvider } from '@app/database';

/** Browser sessions ended (logout, reset, role change) or expired RETENTION_SESSIONS_DAYS ago; `least` skips a null end. */
@Injectable()
@RetentionPolicyProvider()
export class BrowserSessionRetentionPolicy implements RetentionPolicy {
  readonly name = 'browser-sessions';
  readonly statement = `
    DELETE FROM browser_sessions WHERE ctid = ANY(ARRAY(
      SELECT ctid FROM browser_sessions
       WHERE least(ended_at, expires_at) < now() - make_interval(days => $2::int)
       ORDER BY least(ended_at, expires_at)
       LIMIT $1))`;

  constructor(private readonly config: AppConfig) {}

  parameters(): unknown[] {
    return [this.config.retention.sessionsDays];
  }
}
