import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AdminAccountsService } from '@app/accounts';
import { AppConfig } from '@app/config';

/** ADMIN_EMAIL + ADMIN_PASSWORD: that admin exists once the api has booted (see AdminAccountsService). */
@Injectable()
export class EnsureAdminOnBoot implements OnApplicationBootstrap {
  private readonly logger = new Logger(EnsureAdminOnBoot.name);

  constructor(
    private readonly config: AppConfig,
    private readonly admins: AdminAccountsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.config.auth.admin;
    if (!admin) return;
    const outcome = await this.admins.ensureAdmin(admin.email, admin.password);
    this.logger.log({ msg: 'admin account ensured', outcome });
  }
}
