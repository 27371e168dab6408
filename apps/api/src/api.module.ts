import { DynamicModule, Module } from '@nestjs/common';
import { EntitlementsModule } from '@app/accounts';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { QueueModule } from '@app/queue';
import { AuthHttpModule } from './auth/auth-http.module';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';

/** Composes the HTTP API from the domain libraries; holds no logic of its own. */
@Module({})
export class ApiModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        QueueModule,
        EntitlementsModule.forRoot(),
        AuthHttpModule,
        HealthModule,
        MetricsModule,
      ],
    };
  }
}
