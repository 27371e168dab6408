import { createServer } from 'node:net';
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
  options: { logger?: AppLogger; extraImports?: ModuleMetadata['imports']; port?: number } = {},
): Promise<TestApi> {
  const app = await createApiApp(config, options.logger ?? testLogger(config, 'api'), options.extraImports);
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
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

/** A TCP port that was free a moment ago, on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * One test file's world: its own database and Redis prefix, the real API, optionally the worker.
 * `site: true` serves the API at the address APP_URL names (http://127.0.0.1:<port>), so the links in mails
 * and the redirects handed to Stripe open in a browser under test.
 */
export async function startTestEnvironment(
  options: { worker?: boolean; site?: boolean; env?: Record<string, string | undefined> } = {},
): Promise<TestEnvironment> {
  const db = await createTestDatabase();
  const port = options.site ? await freePort() : undefined;
  const config = testConfig(db.url, { ...(port ? { APP_URL: `http://127.0.0.1:${port}` } : {}), ...options.env });
  const api = await startApi(config, { port });
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
