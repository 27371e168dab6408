import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { MailModule } from '@app/mail';
import { AccessTokenService } from './access-token.service';
import { AdminAccountsService } from './admin/admin-accounts.service';
import { AccessTokenIdentity } from './auth/access-token-identity.service';
import { AuthService } from './auth/auth.service';
import { BackgroundTasks } from './background/background-tasks.service';
import { PasswordResetTokensRepository } from './password-reset/password-reset-tokens.repository';
import { PasswordResetToken } from './password-reset/password-reset-token.entity';
import { PasswordResetService } from './password-reset/password-reset.service';
import { PasswordHasher } from './passwords/password-hasher.service';
import { AccountPersonalDataSource } from './privacy/account-personal-data.source';
import { PersonalDataService } from './privacy/personal-data.service';
import { RateLimiter } from './rate-limit/rate-limiter.service';
import { BrowserSession } from './sessions/browser-session.entity';
import { BrowserSessionsRepository } from './sessions/browser-sessions.repository';
import { BrowserSessionsService } from './sessions/browser-sessions.service';
import { RefreshSession } from './sessions/refresh-session.entity';
import { RefreshSessionsRepository } from './sessions/refresh-sessions.repository';
import { RefreshToken } from './sessions/refresh-token.entity';
import { SessionTokensService } from './sessions/session-tokens.service';
import { User } from './user.entity';
import { ProfileService } from './users/profile.service';
import { UserDirectory } from './users/user-directory.query';
import { UsersRepository } from './users/users.repository';

/** Identity, sessions, password reset and privacy. Needs EntitlementsModule.forRoot() in the app. */
@Module({
  imports: [
    TypeOrmModule.forFeature([User, RefreshSession, RefreshToken, PasswordResetToken, BrowserSession]),
    MailModule,
    AuditModule,
    DiscoveryModule,
  ],
  providers: [
    UsersRepository,
    RefreshSessionsRepository,
    BrowserSessionsRepository,
    BrowserSessionsService,
    PasswordResetTokensRepository,
    PasswordHasher,
    RateLimiter,
    BackgroundTasks,
    AccessTokenService,
    SessionTokensService,
    AuthService,
    PasswordResetService,
    ProfileService,
    UserDirectory,
    AccessTokenIdentity,
    PersonalDataService,
    AccountPersonalDataSource,
    AdminAccountsService,
  ],
  exports: [
    BrowserSessionsService,
    AccessTokenService,
    AccessTokenIdentity,
    AuthService,
    PasswordResetService,
    ProfileService,
    UserDirectory,
    PersonalDataService,
    AdminAccountsService,
    BackgroundTasks,
  ],
})
export class AccountsModule {}
