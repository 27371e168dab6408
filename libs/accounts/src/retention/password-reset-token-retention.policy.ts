import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { RetentionPolicy, RetentionPolicyProvider } from '@app/database';

/** Reset tokens expired RETENTION_RESET_TOKENS_DAYS ago (a used token was used before it expired, so this covers both). */
@Injectable()
@RetentionPolicyProvider()
export class PasswordResetTokenRetentionPolicy implements RetentionPolicy {
  readonly name = 'password-reset-tokens';
  readonly statement = `
    DELETE FROM password_reset_tokens WHERE ctid = ANY(ARRAY(
      SELECT ctid FROM password_reset_tokens
       WHERE expires_at < now() - make_interval(days => $2::int)
       ORDER BY expires_at
       LIMIT $1))`;

  constructor(private readonly config: AppConfig) {}

  parameters(): unknown[] {
    return [this.config.retention.resetTokensDays];
  }
}
