import 'reflect-metadata';
import { closeOnSignals } from '@app/common';
import { loadConfig, StartupError } from '@app/config';
import { prepareDatabase } from '@app/database';
import { AppLogger, createPino } from '@app/observability';
import { assertRedisReachable } from '@app/queue';
import { createWorkerApp } from './create-worker-app';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const logger = new AppLogger(createPino(config.log.level, { service: 'worker' }));
  await assertRedisReachable(config.redis.url);
  await prepareDatabase(config.database.url);
  const app = await createWorkerApp(config, logger);
  closeOnSignals(app, (message) => logger.log(message));
  logger.log({ msg: 'worker started' });
}

bootstrap().catch((error: unknown) => {
  if (error instanceof StartupError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `${JSON.stringify({ level: 'fatal', msg: 'worker failed to start', err: String((error as Error)?.stack ?? error) })}\n`,
    );
  }
  process.exit(1);
});
