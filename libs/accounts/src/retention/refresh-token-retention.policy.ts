import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { RetentionPolicy, RetentionPolicyProvider } from '@app/database';

/** Refresh tokens expired for RETENTION_SESSIONS_DAYS: rotation refuses them already, so nothing reads them again. */
@Injectable()
@RetentionPolicyProvider()
export class RefreshTokenRetentionPolicy implements RetentionPolicy {
  readonly name = 'refresh-tokens';
  readonly statement = `
    DELETE FROM refresh_tokens WHERE ctid = ANY(ARRAY(
      SELECT ctid FROM refresh_tokens
       WHERE expires_at < now() - make_interval(days => $2::int)
       ORDER BY expires_at
       LIMIT $1))`;

  constructor(private readonly config: AppConfig) {}

  parameters(): unknown[] {
    return [this.config.retention.sessionsDays];
  }
}
