import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { EntitlementsModule } from '@app/accounts';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { MailModule } from '@app/mail';
import { QueueModule } from '@app/queue';
import { AuthHttpModule } from './auth/auth-http.module';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';

/** Composes the HTTP API from the domain libraries; holds no logic of its own. */
@Module({})
export class ApiModule {
  /** `extraImports` lets tests compose additional modules into the real app. */
  static register(config: AppConfig, extraImports: ModuleMetadata['imports'] = []): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        QueueModule,
        MailModule,
        EntitlementsModule.forRoot(),
        AuthHttpModule,
        HealthModule,
        MetricsModule,
        ...extraImports,
      ],
    };
  }
}
