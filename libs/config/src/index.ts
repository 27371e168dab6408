export * from './app-config';
export * from './config-error';
export * from './config.module';
export * from './load-config';
export * from './service-address.util';
export * from './service-connection.error';
export * from './startup-error';
