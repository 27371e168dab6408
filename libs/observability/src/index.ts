export * from './app-logger';
export * from './metrics';
export * from './observability.module';
export * from './request-context';
export * from './shared-counters';
