import 'reflect-metadata';
import { loadConfig, StartupError } from '@app/config';
import { prepareDatabase } from '@app/database';

/** `npm run migration:run`: creates the database if missing and applies pending migrations under a lock. */
async function main(): Promise<void> {
  const config = loadConfig();
  const applied = await prepareDatabase(config.database.url);
  process.stdout.write(applied.length > 0 ? `Applied migrations: ${applied.join(', ')}\n` : 'No pending migrations\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof StartupError ? error.message : `Migration failed: ${(error as Error).message}`}\n`);
  process.exit(1);
});
