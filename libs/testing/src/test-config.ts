import { randomBytes } from 'node:crypto';
import { AppConfig, loadConfig } from '@app/config';

/** Config for one test file: its own database, Redis prefix and outbox; quiet logs. */
export function testConfig(databaseUrl: string, overrides: Record<string, string | undefined> = {}): AppConfig {
  const prefix = `test-${randomBytes(5).toString('hex')}`;
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: prefix,
    JWT_SECRET: 'test-secret-that-is-at-least-32-bytes-long!!',
    APP_URL: 'http://localhost:3000',
    MAIL_OUTBOX_DIR: `var/test-outbox/${prefix}`,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...overrides,
  });
}
