import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { AdminAccountsService, normalizeEmail, PasswordHasher } from '@app/accounts';
import { loadConfig, StartupError } from '@app/config';
import { buildDataSourceOptions, prepareDatabase } from '@app/database';

const USAGE = 'usage: npm run admin:create -- --email <email> --password <at least 10 characters>';

/** `npm run admin:create -- --email E --password P`: the same guarantee as ADMIN_EMAIL/ADMIN_PASSWORD at api boot. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, password: { type: 'string' } }, strict: true });
  const email = normalizeEmail(values.email ?? '');
  const password = values.password;
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new UsageError('--email must be an email address');
  if (!password || password.length < 10) throw new UsageError('--password must be at least 10 characters');

  const config = loadConfig();
  await prepareDatabase(config.database.url);
  const dataSource = await new DataSource(buildDataSourceOptions(config.database.url, { poolSize: 2 })).initialize();
  try {
    const outcome = await new AdminAccountsService(dataSource, new PasswordHasher()).ensureAdmin(email, password);
    const messages = {
      created: `Created admin ${email}`,
      promoted: `Promoted ${email} to admin; the given password replaces theirs and their sessions were revoked`,
      unchanged: `${email} is already an admin; nothing changed (the password was not touched)`,
    };
    process.stdout.write(`${messages[outcome]}\n`);
  } finally {
    await dataSource.destroy();
  }
}

class UsageError extends Error {}

main().catch((error: unknown) => {
  if (error instanceof UsageError) process.stderr.write(`${error.message}\n${USAGE}\n`);
  else if (error instanceof StartupError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`admin:create failed: ${(error as Error).message}\n`);
  process.exit(1);
});
