export * from './data-source-options';
export * from './database.module';
export * from './pg-error.util';
export * from './prepare-database';
export * from './prepared-statement';
export * from './snake-naming.strategy';
export * from './admin-list.sql';
export * from './newest-first-page';
