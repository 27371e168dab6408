import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AccountsModule } from '@app/accounts';
import { JwtAuthGuard } from '../http/jwt-auth.guard';
import { RolesGuard } from '../http/roles.guard';
import { JwtStrategy } from './jwt.strategy';

/** Authentication for every route: the JWT guard, then the role guard. */
@Module({
  imports: [PassportModule, AccountsModule],
  providers: [JwtStrategy, { provide: APP_GUARD, useClass: JwtAuthGuard }, { provide: APP_GUARD, useClass: RolesGuard }],
})
export class AuthHttpModule {}
