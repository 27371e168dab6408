import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { Role, User } from '@app/accounts';
import { AppConfig } from '@app/config';
import { createTestDatabase, startApi, TestApi, TestDatabase, testConfig } from '@app/testing';

const run = promisify(execFile);
const ADMIN_CREATE = resolve(__dirname, '../../../scripts/admin-create.js');

/** An access token as the api issues them, dated a few seconds back. */
function earlierAccessToken(config: AppConfig, user: { id: string; email: string }): string {
  const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const iat = Math.floor(Date.now() / 1000) - 5;
  const claims = {
    sub: user.id,
    email: user.email,
    role: 'seeker',
    typ: 'access',
    iat,
    exp: iat + 600,
    iss: 'jobboard',
    aud: 'jobboard-api',
  };
  const body = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
  return `${body}.${createHmac('sha256', config.auth.jwtSecret).update(body).digest('base64url')}`;
}

describe('admin bootstrap: ADMIN_EMAIL at boot and npm run admin:create', () => {
  let db: TestDatabase;
  const apis: TestApi[] = [];
  const boot = async (env: Record<string, string> = {}) => {
    const api = await startApi(testConfig(db.url, env));
    apis.push(api);
    return api;
  };
  const adminEnv = { ADMIN_EMAIL: 'Boss@Example.com', ADMIN_PASSWORD: 'boss password 123' };
  const usersWithEmail = (api: TestApi, email: string) => api.dataSource.getRepository(User).findBy({ email });
  const adminCreate = (args: string[]) =>
    run(process.execPath, [ADMIN_CREATE, ...args], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: db.url,
        JWT_SECRET: 'test-secret-that-is-at-least-32-bytes-long!!',
        LOG_LEVEL: 'silent',
      },
    });

  before(async () => {
    db = await createTestDatabase();
  });
  after(async () => {
    for (const api of apis) await api.close();
    await db?.drop();
  });

  it('creates the configured admin at boot, and booting again (twice at once) changes nothing', async () => {
    const [first, second] = await Promise.all([boot(adminEnv), boot(adminEnv)]);
    const third = await boot(adminEnv);
    expect(await usersWithEmail(first!, 'boss@example.com')).toEqual([expect.objectContaining({ role: Role.Admin })]);
    for (const api of [first!, second!, third]) {
      const login = await api.http.post('/v1/auth/login', { email: 'boss@example.com', password: 'boss password 123' });
      expect(login.status).toBe(200);
      expect(login.body.user.role).toBe('admin');
    }
  });

  it('takes over a seeker account registered under the admin email: promoted, new password, old sessions dead', async () => {
    const plain = await boot();
    const squatter = await plain.http.post('/v1/auth/signup', {
      email: 'chief@example.com',
      password: 'squatter password',
      name: 'Squatter',
    });
    expect(squatter.status).toBe(201);
    const oldAccess = earlierAccessToken(plain.config, squatter.body.user);
    expect((await plain.http.get('/v1/me', { token: oldAccess })).status).toBe(200);

    const api = await boot({ ADMIN_EMAIL: 'chief@example.com', ADMIN_PASSWORD: 'the real chief password' });
    expect(await usersWithEmail(api, 'chief@example.com')).toEqual([
      expect.objectContaining({ id: squatter.body.user.id, role: Role.Admin }),
    ]);
    expect((await api.http.post('/v1/auth/login', { email: 'chief@example.com', password: 'squatter password' })).status).toBe(401);
    expect((await api.http.post('/v1/auth/refresh', { refreshToken: squatter.body.refreshToken })).status).toBe(401);
    expect((await api.http.get('/v1/me', { token: oldAccess })).status).toBe(401);
    expect((await api.http.post('/v1/auth/login', { email: 'chief@example.com', password: 'the real chief password' })).status).toBe(200);
  });

  it('npm run admin:create creates an admin, then reports it unchanged without touching the password', async () => {
    const created = await adminCreate(['--email', 'Ops@Example.com', '--password', 'ops password 123']);
    expect(created.stdout).toMatch(/Created admin ops@example\.com/);
    const again = await adminCreate(['--email', 'ops@example.com', '--password', 'a different password']);
    expect(again.stdout).toMatch(/already an admin/);
    const api = apis[0]!;
    const login = await api.http.post('/v1/auth/login', { email: 'ops@example.com', password: 'ops password 123' });
    expect(login.status).toBe(200);
    expect(login.body.user.role).toBe('admin');
  });

  it('npm run admin:create refuses a short password with a usage message and exit code 1', async () => {
    const failure = await adminCreate(['--email', 'weak@example.com', '--password', 'short']).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/--password must be at least 10 characters/);
    expect(await usersWithEmail(apis[0]!, 'weak@example.com')).toEqual([]);
  });
});
