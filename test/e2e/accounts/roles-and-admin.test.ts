import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { randomUUID } from 'node:crypto';
import { createAdminSession, createSession, Session, startTestEnvironment, TestEnvironment } from '@app/testing';

describe('roles and admin routes', () => {
  let env: TestEnvironment;
  let admin: Session;
  let seeker: Session;

  before(async () => {
    env = await startTestEnvironment();
    admin = await createAdminSession(env.api);
    seeker = await createSession(env.api);
  });
  after(() => env.close());

  async function adminRoutes(): Promise<Array<{ method: string; path: string }>> {
    const document = await env.api.http.get('/docs/openapi.json');
    const paths = document.body.paths as Record<string, Record<string, unknown>>;
    return Object.entries(paths)
      .filter(([path]) => path.startsWith('/v1/admin'))
      .flatMap(([path, operations]) =>
        Object.keys(operations)
          .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
          .map((method) => ({ method: method.toUpperCase(), path: path.replace(/\{[^}]+\}/g, randomUUID()) })),
      );
  }

  it('answers 403 to a seeker and 401 to an anonymous caller on every admin route', async () => {
    const routes = await adminRoutes();
    expect(routes).toContainEqual({ method: 'PATCH', path: expect.stringMatching(/^\/v1\/admin\/users\//) });
    for (const { method, path } of routes) {
      const body = ['GET', 'DELETE'].includes(method) ? undefined : {};
      const asSeeker = await env.api.http.request(method, path, { token: seeker.accessToken, body });
      expect({ method, path, status: asSeeker.status }).toEqual({ method, path, status: 403 });
      const anonymous = await env.api.http.request(method, path, { body });
      expect({ method, path, status: anonymous.status }).toEqual({ method, path, status: 401 });
    }
  });

  it('lets an admin promote a seeker, whose existing token gains admin rights at once', async () => {
    const user = await createSession(env.api);
    const promoted = await admin.http.patch(`/v1/admin/users/${user.user.id}`, { role: 'admin' });
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({ id: user.user.id, role: 'admin' });
    expect(promoted.text).not.toMatch(/passwordHash|argon2/);
    const other = await createSession(env.api);
    expect((await user.http.patch(`/v1/admin/users/${other.user.id}`, { role: 'seeker' })).status).toBe(200);
  });

  it('lets an admin demote another admin, who loses admin rights at once', async () => {
    const other = await createAdminSession(env.api);
    expect((await admin.http.patch(`/v1/admin/users/${other.user.id}`, { role: 'seeker' })).status).toBe(200);
    expect((await other.http.patch(`/v1/admin/users/${seeker.user.id}`, { role: 'seeker' })).status).toBe(403);
    expect((await other.http.get('/v1/me')).body.role).toBe('seeker');
  });

  it('answers 404 for an unknown user id, 400 for a bad id or role, 422 for changing your own role', async () => {
    expect((await admin.http.patch(`/v1/admin/users/${randomUUID()}`, { role: 'admin' })).status).toBe(404);
    const badId = await admin.http.patch('/v1/admin/users/not-a-uuid', { role: 'admin' });
    expect(badId.status).toBe(400);
    expect(badId.body.errors).toEqual([expect.objectContaining({ field: 'id' })]);
    const badRole = await admin.http.patch(`/v1/admin/users/${seeker.user.id}`, { role: 'owner' });
    expect(badRole.status).toBe(400);
    expect(badRole.body.errors).toEqual([expect.objectContaining({ field: 'role' })]);
    expect((await admin.http.patch(`/v1/admin/users/${admin.user.id}`, { role: 'seeker' })).status).toBe(422);
  });
});
