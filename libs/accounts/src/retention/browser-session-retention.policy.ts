import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { deleteOlderThanStatement, RetentionPolicy, RetentionPolicyProvider } from '@app/database';

/** Browser sessions ended (logout, reset, role change) or expired RETENTION_SESSIONS_DAYS ago; `least` skips a null end. */
@Injectable()
@RetentionPolicyProvider()
export class BrowserSessionRetentionPolicy implements RetentionPolicy {
  readonly name = 'browser-sessions';
  readonly statement = deleteOlderThanStatement('browser_sessions', 'least(ended_at, expires_at)');

  constructor(private readonly config: AppConfig) {}

  parameters(): unknown[] {
    return [this.config.retention.sessionsDays];
  }
}
