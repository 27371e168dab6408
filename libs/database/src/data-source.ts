import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { buildDataSourceOptions } from './data-source-options';

/** The DataSource the TypeORM CLI uses (`typeorm -d dist/libs/database/src/data-source.js`). */
export default new DataSource(buildDataSourceOptions(loadConfig().database.url));
