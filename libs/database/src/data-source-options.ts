import { join, resolve } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/*
 * Entities and migrations are found by file pattern, so the app, the TypeORM CLI and the
 * tests all see the same set. Compiled code lives in dist/ (.js), tests run the .ts sources.
 */
const extension = __filename.endsWith('.ts') ? 'ts' : 'js';
const root = resolve(__dirname, '../../..');

export const ENTITY_GLOB = join(root, `libs/*/src/**/*.entity.${extension}`);
export const MIGRATION_GLOB = join(root, `migrations/*.${extension}`);

export interface DataSourceTuning {
  statementTimeoutMs?: number;
  poolSize?: number;
  /**
   * Parallel query off: the app's statements are small and run many at a time, so Postgres's parallel workers only
   * repeat work on a small box (a batch's due-alert read ran its index scan and sort once in each of 3 processes).
   */
  serial?: boolean;
}

export function buildDataSourceOptions(url: string, options: DataSourceTuning = {}): DataSourceOptions {
  return {
    type: 'postgres',
    uuidExtension: 'pgcrypto',
    url,
    entities: [ENTITY_GLOB],
    migrations: [MIGRATION_GLOB],
    migrationsTableName: 'typeorm_migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    extra: {
      max: options.poolSize ?? 10,
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
      application_name: 'jobboard',
      ...(options.serial ? { options: '-c max_parallel_workers_per_gather=0' } : {}),
    },
  };
}
