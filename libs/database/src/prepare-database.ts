import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ServiceConnectionError } from '@app/config';
import { buildDataSourceOptions } from './data-source-options';
import { explainPostgresFailure, postgresEndpoint } from './postgres-connection-failure.util';

/** Any constant works; it only has to be the same for every process that migrates this database. */
const MIGRATION_LOCK_KEY = 724_311_001;
/** How long boot waits for a server that does not answer before saying so. */
const CONNECT_TIMEOUT_MS = 5_000;

/** A client of the server's `postgres` database: the one that exists before ours does. */
function serverClient(url: string): Client {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return new Client({ connectionString: admin.toString(), connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
}

/** Fails with one line naming DATABASE_URL when the server cannot be reached or refuses us. */
export async function assertPostgresReachable(url: string): Promise<void> {
  const client = serverClient(url);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw explainPostgresFailure(error, url);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates the target database when it does not exist yet (needs CREATEDB on the server). */
export async function ensureDatabaseExists(url: string): Promise<boolean> {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!name) throw new Error('DATABASE_URL names no database');
  const client = serverClient(url);
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    try {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      return true;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === '42P04') return false; // created concurrently
      if (code === '42501') {
        throw new ServiceConnectionError(
          postgresEndpoint(url),
          `database "${name}" does not exist and this user may not create it (create it, or grant CREATEDB)`,
        );
      }
      throw error;
    }
  } finally {
    await client.end();
  }
}

/**
 * Applies pending migrations while holding a Postgres advisory lock, so processes that
 * start together migrate exactly once: the first applies, the others wait and find nothing to do.
 */
export async function runMigrationsLocked(url: string): Promise<string[]> {
  const options = buildDataSourceOptions(url, { poolSize: 2 });
  const dataSource = new DataSource({
    ...options,
    extra: { ...options.extra, connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
    logging: false,
  });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((migration) => migration.name);
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lock.release();
    await dataSource.destroy();
  }
}

/** Boot's first step in every process; a server that cannot be used stops it with one line naming DATABASE_URL. */
export async function prepareDatabase(url: string): Promise<string[]> {
  try {
    await ensureDatabaseExists(url);
    return await runMigrationsLocked(url);
  } catch (error) {
    throw explainPostgresFailure(error, url);
  }
}
