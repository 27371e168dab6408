export * from './app-logger';
export * from './metrics';
export * from './request-context';
