import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AccountsRetentionModule, EntitlementsModule } from '@app/accounts';
import { AlertsModule } from '@app/alerts';
import { BillingModule, BillingPlanSource } from '@app/billing';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule, RetentionRunner } from '@app/database';
import { JobsModule } from '@app/jobs';
import { MailModule } from '@app/mail';
import { ObservabilityModule } from '@app/observability';
import { QueueModule } from '@app/queue';
import { ResumesModule } from '@app/resumes';
import { GracefulWorkerShutdown } from './graceful-worker-shutdown';
import { JobHandlerCheck } from './job-handler-check';
import { AlertMailProcessor } from './processors/alert-mail.processor';
import { AlertsProcessor } from './processors/alerts.processor';
import { BillingProcessor } from './processors/billing.processor';
import { JobsProcessor } from './processors/jobs.processor';
import { MailProcessor } from './processors/mail.processor';
import { MaintenanceProcessor } from './processors/maintenance.processor';
import { AlertsSchedules } from './schedules/alerts.schedules';
import { BillingSchedules } from './schedules/billing.schedules';
import { JobsSchedules } from './schedules/jobs.schedules';
import { RetentionSchedules } from './schedules/retention.schedules';
import { MailSchedules } from './schedules/mail.schedules';

/** The modules the worker's processors run on; the alerts benchmark composes them without the processors. */
export function workerDomainModules(config: AppConfig): NonNullable<DynamicModule['imports']> {
  return [
    ConfigModule.forRoot(config),
    DatabaseModule,
    ObservabilityModule,
    QueueModule.forRoot('worker'),
    EntitlementsModule.forRoot({ imports: [BillingModule], planSource: BillingPlanSource }),
    DiscoveryModule,
    MailModule,
    BillingModule,
    AlertsModule,
    JobsModule,
    // for ResumePlanListener: reconcile changes plans here too
    ResumesModule,
    AccountsRetentionModule,
  ];
}

/** The worker: BullMQ processors and job schedulers, no HTTP port. */
@Module({})
export class WorkerModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: workerDomainModules(config),
      providers: [
        JobHandlerCheck,
        GracefulWorkerShutdown,
        MailProcessor,
        MailSchedules,
        BillingProcessor,
        BillingSchedules,
        AlertsProcessor,
        AlertMailProcessor,
        AlertsSchedules,
        JobsProcessor,
        JobsSchedules,
        RetentionRunner,
        MaintenanceProcessor,
        RetentionSchedules,
      ],
    };
  }
}
