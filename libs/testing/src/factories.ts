import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AccessTokenService, Role, User } from '@app/accounts';
import { AppConfig } from '@app/config';
import { HttpClient } from './http-client';

let sequence = 0;

/** Inserts a user through the real repository. The password hash is a placeholder unless given. */
export async function createUser(dataSource: DataSource, overrides: Partial<User> = {}): Promise<User> {
  sequence += 1;
  const repository = dataSource.getRepository(User);
  const user = repository.create({
    email: `user${sequence}-${randomBytes(3).toString('hex')}@example.test`,
    name: `Test User ${sequence}`,
    role: Role.Seeker,
    timezone: 'UTC',
    passwordHash: 'not-a-real-hash',
    ...overrides,
  });
  return repository.save(user);
}

export interface Session {
  user: User;
  accessToken: string;
  http: HttpClient;
}

/** An authenticated HTTP session for a new user of the given role. */
export async function createSession(
  api: { dataSource: DataSource; config: AppConfig; http: HttpClient },
  overrides: Partial<User> = {},
): Promise<Session> {
  const user = await createUser(api.dataSource, overrides);
  const accessToken = new AccessTokenService(api.config).sign({ id: user.id, email: user.email, role: user.role });
  return { user, accessToken, http: api.http.withToken(accessToken) };
}

export const createAdminSession = (api: Parameters<typeof createSession>[0]) => createSession(api, { role: Role.Admin });
