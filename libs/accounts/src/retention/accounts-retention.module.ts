import { Module } from '@nestjs/common';
import { BrowserSessionRetentionPolicy } from './browser-session-retention.policy';
import { PasswordResetTokenRetentionPolicy } from './password-reset-token-retention.policy';
import { RefreshSessionRetentionPolicy } from './refresh-session-retention.policy';
import { RefreshTokenRetentionPolicy } from './refresh-token-retention.policy';

/** The accounts tables' retention policies, for the worker (which does not load the rest of accounts). */
@Module({
  providers: [RefreshTokenRetentionPolicy, RefreshSessionRetentionPolicy, BrowserSessionRetentionPolicy, PasswordResetTokenRetentionPolicy],
})
export class AccountsRetentionModule {}
