import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { deleteOlderThanStatement, RetentionPolicy, RetentionPolicyProvider } from '@app/database';

/** Reset tokens expired RETENTION_RESET_TOKENS_DAYS ago (a used token was used before it expired, so this covers both). */
@Injectable()
@RetentionPolicyProvider()
export class PasswordResetTokenRetentionPolicy implements RetentionPolicy {
  readonly name = 'password-reset-tokens';
  readonly statement = deleteOlderThanStatement('password_reset_tokens', 'expires_at');

  constructor(private readonly config: AppConfig) {}

  parameters(): unknown[] {
    return [this.config.retention.resetTokensDays];
  }
}
