import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { AdminUsersController } from './admin-users.controller';
import { AuthController } from './auth.controller';
import { EnsureAdminOnBoot } from './ensure-admin-on-boot';
import { MeController } from './me.controller';

@Module({
  imports: [AccountsModule],
  controllers: [AuthController, MeController, AdminUsersController],
  providers: [EnsureAdminOnBoot],
})
export class AccountsHttpModule {}
