import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { DEMO_SEEKER, PasswordHasher, User } from '@app/accounts';
import { loadConfig } from '@app/config';
import { seedResumes, TalentDirectoryService } from '@app/resumes';
import { startTestEnvironment, TestEnvironment } from '@app/testing';

const TALENT_EMAILS = /@talent\.jobboard\.local$/;

describe('resumes seeder', () => {
  let env: TestEnvironment;
  const log = () => undefined;

  const talentUsers = () =>
    env.api.dataSource
      .getRepository(User)
      .find({ select: { id: true, email: true, name: true, passwordHash: true } })
      .then((users) => users.filter((user) => TALENT_EMAILS.test(user.email)));

  before(async () => {
    env = await startTestEnvironment();
  });
  after(async () => {
    await env?.close();
  });

  it('adds a handful of public resumes the talent directory lists, however often it runs', async () => {
    await seedResumes(env.api.dataSource, { config: env.config, log });
    await seedResumes(env.api.dataSource, { config: env.config, log });
    const users = await talentUsers();
    expect(users.length).toBeGreaterThanOrEqual(4);
    expect(users.length).toBeLessThanOrEqual(6);

    const directory = env.api.app.get(TalentDirectoryService);
    const page = await directory.search({ limit: 20 });
    expect(page.items.map((item) => item.name).sort()).toEqual(users.map((user) => user.name).sort());
    expect(page.items.every((item) => !item.featured && item.handle === null)).toBe(true);
    expect(new Set(page.items.map((item) => item.location)).size).toBe(users.length);
    // Skills went through the save path's normalisation: the directory's skill filter finds them case-insensitively.
    const postgres = await directory.search({ skill: 'POSTGRES', limit: 20 });
    expect(postgres.items.length).toBeGreaterThan(0);
    expect(postgres.items.every((item) => item.skills.some((skill) => skill.toLowerCase() === 'postgres'))).toBe(true);
  });

  it('gives its people no password anyone knows', async () => {
    const hasher = new PasswordHasher();
    for (const user of await talentUsers()) {
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await hasher.verify(user.passwordHash, '')).toBe(false);
      expect(await hasher.verify(user.passwordHash, DEMO_SEEKER.password)).toBe(false);
    }
    const login = await env.api.http.post('/v1/auth/login', { email: (await talentUsers())[0]!.email, password: DEMO_SEEKER.password });
    expect(login.status).toBe(401);
  });

  it('adds nobody in production', async () => {
    await env.api.dataSource.query(`DELETE FROM users WHERE email LIKE '%@talent.jobboard.local'`);
    const production = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: env.db.url,
      REDIS_URL: 'redis://127.0.0.1:6379',
      JWT_SECRET: 'a-production-secret-of-at-least-32-bytes',
      APP_URL: 'https://jobs.example.com',
      SMTP_URL: 'smtp://127.0.0.1:2525',
    });
    await seedResumes(env.api.dataSource, { config: production, log });
    expect(await talentUsers()).toEqual([]);
  });
});
