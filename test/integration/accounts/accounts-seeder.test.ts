import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { DataSource } from 'typeorm';
import { DEMO_SEEKER, PasswordHasher, seedAccounts, User } from '@app/accounts';
import { loadConfig } from '@app/config';
import { buildDataSourceOptions } from '@app/database';
import { createTestDatabase, TestDatabase, testConfig } from '@app/testing';

describe('accounts seeder', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  const log = () => undefined;

  before(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(buildDataSourceOptions(db.url, { poolSize: 2 })).initialize();
  });
  after(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('creates one demo seeker that can log in, however often it runs', async () => {
    await seedAccounts(dataSource, { config: testConfig(db.url), log });
    await seedAccounts(dataSource, { config: testConfig(db.url), log });
    const users = await dataSource
      .getRepository(User)
      .find({ where: { email: DEMO_SEEKER.email }, select: { role: true, passwordHash: true } });
    expect(users).toHaveLength(1);
    expect(users[0]!.role).toBe('seeker');
    expect(await new PasswordHasher().verify(users[0]!.passwordHash, DEMO_SEEKER.password)).toBe(true);
  });

  it('adds no demo user in production', async () => {
    await dataSource.getRepository(User).delete({ email: DEMO_SEEKER.email });
    const production = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: db.url,
      REDIS_URL: 'redis://127.0.0.1:6379',
      JWT_SECRET: 'a-production-secret-of-at-least-32-bytes',
      APP_URL: 'https://jobs.example.com',
      SMTP_URL: 'smtp://127.0.0.1:2525',
    });
    await seedAccounts(dataSource, { config: production, log });
    expect(await dataSource.getRepository(User).countBy({ email: DEMO_SEEKER.email })).toBe(0);
  });
});
