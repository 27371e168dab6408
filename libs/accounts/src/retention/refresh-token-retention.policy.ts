import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { deleteOlderThanStatement, RetentionPolicy, RetentionPolicyProvider } from '@app/database';

/** Refresh tokens expired for RETENTION_SESSIONS_DAYS: rotation refuses them already, so nothing reads them again. */
@Injectable()
@RetentionPolicyProvider()
export class RefreshTokenRetentionPolicy implements RetentionPolicy {
  readonly name = 'refresh-tokens';
  readonly statement = deleteOlderThanStatement('refresh_tokens', 'expires_at');

  constructor(private readonly config: AppConfig) {}

  parameters(): unknown[] {
    return [this.config.retention.sessionsDays];
  }
}
