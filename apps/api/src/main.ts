import 'reflect-metadata';
import { closeOnSignals } from '@app/common';
import { loadConfig, StartupError } from '@app/config';
import { prepareDatabase } from '@app/database';
import { AppLogger, createPino } from '@app/observability';
import { assertRedisReachable } from '@app/queue';
import { createApiApp } from './create-api-app';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const logger = new AppLogger(createPino(config.log.level, { service: 'api' }));
  await assertRedisReachable(config.redis.url);
  await prepareDatabase(config.database.url);
  const app = await createApiApp(config, logger);
  closeOnSignals(app, (message) => logger.log(message));
  await app.listen({ port: config.http.port, host: '0.0.0.0' });
  logger.log({ msg: 'api listening', port: config.http.port });
}

bootstrap().catch((error: unknown) => {
  if (error instanceof StartupError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `${JSON.stringify({ level: 'fatal', msg: 'api failed to start', err: String((error as Error)?.stack ?? error) })}\n`,
    );
  }
  process.exit(1);
});
