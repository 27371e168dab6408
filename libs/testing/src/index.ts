export * from './http-client';
export * from './test-app';
export * from './test-config';
export * from './test-database';
export * from './factories';
export * from './smtp-sink';
