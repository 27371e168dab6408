export * from './assert-job-handlers.util';
export * from './job-handler.decorator';
export * from './queue-catalog';
export * from './queue-processor';
export * from './queue.module';
export * from './redis-connection.util';
export * from './redis-reachable.util';
export * from './is-redis-unavailable.util';
