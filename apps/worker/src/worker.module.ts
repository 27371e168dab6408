import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { EntitlementsModule } from '@app/accounts';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { MailModule } from '@app/mail';
import { QueueModule } from '@app/queue';
import { GracefulWorkerShutdown } from './graceful-worker-shutdown';
import { JobHandlerCheck } from './job-handler-check';
import { MailProcessor } from './processors/mail.processor';

/** The worker: BullMQ processors and job schedulers, no HTTP port. */
@Module({})
export class WorkerModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, QueueModule, EntitlementsModule.forRoot(), DiscoveryModule, MailModule],
      providers: [JobHandlerCheck, GracefulWorkerShutdown, MailProcessor],
    };
  }
}
