import { INestApplicationContext, ModuleMetadata } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { AppLogger, createPino } from '@app/observability';
import { createApiApp } from '../../../apps/api/src/create-api-app';
import { createWorkerApp } from '../../../apps/worker/src/create-worker-app';
import { HttpClient } from './http-client';
import { createTestDatabase, TestDatabase } from './test-database';
import { testConfig } from './test-config';

export interface TestApi {
  app: NestFastifyApplication;
  config: AppConfig;
  /** The loopback port it listens on (for raw sockets: exchangeRaw). */
  port: number;
  http: HttpClient;
  dataSource: DataSource;
  close(): Promise<void>;
}

function testLogger(config: AppConfig, service: string): AppLogger {
  return new AppLogger(createPino(config.log.level, { service }));
}

/** Boots the real API on a random loopback port. */
export async function startApi(
  config: AppConfig,
  options: { logger?: AppLogger; extraImports?: ModuleMetadata['imports'] } = {},
): Promise<TestApi> {
  const app = await createApiApp(config, options.logger ?? testLogger(config, 'api'), options.extraImports);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    config,
    port: address.port,
    http: new HttpClient(`http://127.0.0.1:${address.port}`),
    dataSource: app.get(DataSource),
    close: () => app.close(),
  };
}

/** Boots the real worker (BullMQ processors) in this process. */
export async function startWorker(config: AppConfig): Promise<INestApplicationContext> {
  const worker = await createWorkerApp(config, testLogger(config, 'worker'));
  await worker.init();
  return worker;
}

export interface TestEnvironment {
  db: TestDatabase;
  config: AppConfig;
  api: TestApi;
  worker?: INestApplicationContext;
  close(): Promise<void>;
}

/** One test file's world: its own database and Redis prefix, the real API, optionally the worker. */
export async function startTestEnvironment(
  options: { worker?: boolean; env?: Record<string, string | undefined> } = {},
): Promise<TestEnvironment> {
  const db = await createTestDatabase();
  const config = testConfig(db.url, options.env);
  const api = await startApi(config);
  const worker = options.worker ? await startWorker(config) : undefined;
  return {
    db,
    config,
    api,
    worker,
    close: async () => {
      await worker?.close();
      await api.close();
      await db.drop();
    },
  };
}
