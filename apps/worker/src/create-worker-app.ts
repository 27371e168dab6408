import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@app/config';
import { AppLogger } from '@app/observability';
import { WorkerModule } from './worker.module';

/** The worker as a Nest application context (no HTTP); used by main.ts and by the tests. */
export async function createWorkerApp(config: AppConfig, logger: AppLogger): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), { logger, abortOnError: false });
  return app;
}
