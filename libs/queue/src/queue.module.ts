import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { RedisOptions } from 'bullmq';
import { AppConfig } from '@app/config';
import { QueueName } from './queue-catalog';
import { QueueErrorLog } from './queue-error-log';

export const DEFAULT_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 5_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
};

/** Reconnects every 0.2 s at first, then every 2 s (BullMQ's own default grows to 20 s, which a short outage outlasts). */
export const redisRetryStrategy = (attempt: number): number => Math.min(attempt * 200, 2_000);

/**
 * How each process talks to Redis. The worker's connections wait for Redis (BullMQ requires it of workers). The api
 * only adds jobs, on behalf of a request: while Redis is down that fails at once (a 503, or work kept in Postgres for
 * a sweep to queue later) instead of holding the request until Redis is back.
 */
export type QueueRole = 'worker' | 'producer';

function connectionFor(url: string, role: QueueRole): RedisOptions {
  return role === 'worker'
    ? { url, maxRetriesPerRequest: null, retryStrategy: redisRetryStrategy }
    : { url, maxRetriesPerRequest: 1, enableOfflineQueue: false, retryStrategy: redisRetryStrategy };
}

const queues = Object.values(QueueName).map((name) => BullModule.registerQueue({ name }));

/** BullMQ on REDIS_URL with the default retry, backoff and retention; every catalog queue registered. */
@Global()
@Module({})
export class QueueModule {
  static forRoot(role: QueueRole): DynamicModule {
    return {
      module: QueueModule,
      imports: [
        BullModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            connection: connectionFor(config.redis.url, role),
            prefix: `${config.redis.prefix}-bull`,
            defaultJobOptions: DEFAULT_JOB_OPTIONS,
          }),
        }),
        ...queues,
      ],
      providers: [QueueErrorLog],
      exports: queues,
    };
  }
}
