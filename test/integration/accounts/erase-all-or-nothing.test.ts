import { after, before, beforeEach, describe, it } from 'node:test';
import { expect } from 'expect';
import { Injectable, Module } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PersonalDataSource, PersonalDataSourceProvider, User } from '@app/accounts';
import { createTestDatabase, startApi, TestApi, TestDatabase, testConfig } from '@app/testing';

/** A module's data: notes in a table of its own, erased before the failing source runs. */
@PersonalDataSourceProvider()
@Injectable()
class NotesSource implements PersonalDataSource {
  readonly section = 'notes';
  exportFor(userId: string, manager: EntityManager): Promise<unknown> {
    return manager.query('SELECT body FROM test_notes WHERE user_id = $1 ORDER BY body', [userId]);
  }
  async eraseFor(userId: string, manager: EntityManager): Promise<void> {
    await manager.query('DELETE FROM test_notes WHERE user_id = $1', [userId]);
  }
}

/** Stands for a module whose erasure fails (e.g. billing cannot cancel the Stripe subscription). */
@PersonalDataSourceProvider()
@Injectable()
class FailingSource implements PersonalDataSource {
  readonly section = 'failing';
  async exportFor(): Promise<unknown> {
    return { held: true };
  }
  async eraseFor(): Promise<void> {
    throw new Error('payment provider unreachable');
  }
}

@Module({ providers: [NotesSource] })
class NotesModule {}

@Module({ providers: [FailingSource] })
class FailingModule {}

describe('erasing personal data is all or nothing', () => {
  let db: TestDatabase;
  let failing: TestApi;
  let healthy: TestApi;

  before(async () => {
    db = await createTestDatabase();
    const config = testConfig(db.url);
    failing = await startApi(config, { extraImports: [NotesModule, FailingModule] });
    healthy = await startApi(config, { extraImports: [NotesModule] });
    await failing.dataSource.query('CREATE TABLE test_notes (user_id uuid NOT NULL, body text NOT NULL)');
  });
  after(async () => {
    await failing?.close();
    await healthy?.close();
    await db?.drop();
  });

  let user: { id: string; accessToken: string };
  beforeEach(async () => {
    const email = `erase-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
    const signup = await failing.http.post('/v1/auth/signup', { email, password: 'long enough password', name: 'Erase' });
    expect(signup.status).toBe(201);
    user = { id: signup.body.user.id, accessToken: signup.body.accessToken };
    await failing.dataSource.query(`INSERT INTO test_notes (user_id, body) VALUES ($1, 'first'), ($1, 'second')`, [user.id]);
  });

  it("keeps the user, their sessions and every other source's data when one source throws", async () => {
    const response = await failing.http.delete('/v1/me', { token: user.accessToken });
    expect(response.status).toBe(500);
    expect(response.text).not.toContain('payment provider unreachable');

    expect(await failing.dataSource.getRepository(User).countBy({ id: user.id })).toBe(1);
    expect(await failing.dataSource.query('SELECT count(*)::int AS n FROM test_notes WHERE user_id = $1', [user.id])).toEqual([{ n: 2 }]);
    expect(await failing.dataSource.query('SELECT count(*)::int AS n FROM refresh_sessions WHERE user_id = $1', [user.id])).toEqual([
      { n: 1 },
    ]);
    expect((await failing.http.get('/v1/me', { token: user.accessToken })).status).toBe(200);
  });

  it('exports the sections of modules registered outside accounts', async () => {
    const response = await failing.http.get('/v1/me/export', { token: user.accessToken });
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.sections)).toEqual(expect.arrayContaining(['account', 'failing', 'notes']));
    expect(response.body.sections.notes).toEqual([{ body: 'first' }, { body: 'second' }]);
  });

  it('erases every source and the user when all sources succeed', async () => {
    const response = await healthy.http.delete('/v1/me', { token: user.accessToken });
    expect(response.status).toBe(204);
    expect(await healthy.dataSource.getRepository(User).countBy({ id: user.id })).toBe(0);
    expect(await healthy.dataSource.query('SELECT count(*)::int AS n FROM test_notes WHERE user_id = $1', [user.id])).toEqual([{ n: 0 }]);
  });
});
