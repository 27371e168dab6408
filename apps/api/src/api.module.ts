import { DynamicModule, Module, ModuleMetadata } from '@nestjs/common';
import { EntitlementsModule } from '@app/accounts';
import { BillingModule, BillingPlanSource } from '@app/billing';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { MailModule } from '@app/mail';
import { ObservabilityModule } from '@app/observability';
import { QueueModule } from '@app/queue';
import { AccountsHttpModule } from './accounts/accounts-http.module';
import { AdviceHttpModule } from './advice/advice-http.module';
import { AlertsHttpModule } from './alerts/alerts-http.module';
import { ApplicationsHttpModule } from './applications/applications-http.module';
import { AuditHttpModule } from './audit/audit-http.module';
import { AuthHttpModule } from './auth/auth-http.module';
import { BillingHttpModule } from './billing/billing-http.module';
import { BookmarksHttpModule } from './bookmarks/bookmarks-http.module';
import { CareerGuidesHttpModule } from './career-guides/career-guides-http.module';
import { ConsultationsHttpModule } from './consultations/consultations-http.module';
import { HealthModule } from './health/health.module';
import { JobsHttpModule } from './jobs/jobs-http.module';
import { MetricsModule } from './metrics/metrics.module';
import { ResumesHttpModule } from './resumes/resumes-http.module';
import { StatsHttpModule } from './stats/stats-http.module';
import { WebModule } from './web/web.module';

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
        ObservabilityModule,
        QueueModule.forRoot('producer'),
        MailModule,
        EntitlementsModule.forRoot({ imports: [BillingModule], planSource: BillingPlanSource }),
        AuthHttpModule,
        AccountsHttpModule,
        BillingHttpModule,
        CareerGuidesHttpModule,
        JobsHttpModule,
        ApplicationsHttpModule,
        BookmarksHttpModule,
        AlertsHttpModule,
        StatsHttpModule,
        AuditHttpModule,
        ConsultationsHttpModule,
        ResumesHttpModule,
        AdviceHttpModule,
        HealthModule,
        MetricsModule,
        WebModule,
        ...extraImports,
      ],
    };
  }
}
