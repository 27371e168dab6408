import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { DataSource } from 'typeorm';
import { CONSULTATION_SQL } from '@app/consultations';
import { buildDataSourceOptions } from '@app/database';
import { createTestDatabase, nodesOf, TestDatabase } from '@app/testing';

const SEEKERS = 4000;
const THREADS_PER_SEEKER = 5;

describe('the consultations statements use their indexes', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let seekerId: string;
  let adminId: string;
  let threadId: string;
  const later = new Date('2030-01-01T00:00:00.000Z');

  /** The index each table is read through, and whether any of our tables is scanned whole. */
  async function plan(sql: string, params: unknown[]): Promise<{ indexes: string[]; seqScans: string[] }> {
    const [row] = await dataSource.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
    const nodes = nodesOf(row['QUERY PLAN'][0].Plan);
    return {
      indexes: nodes.flatMap((node) => (node['Index Name'] ? [node['Index Name']] : [])),
      seqScans: nodes.filter((node) => node['Node Type'] === 'Seq Scan').map((node) => node['Relation Name']!),
    };
  }

  before(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource({ ...buildDataSourceOptions(db.url), logging: false });
    await dataSource.initialize();
    await dataSource.query(
      `INSERT INTO users (email, name, role, password_hash)
       SELECT 'seeker' || i || '@plans.test', 'Seeker ' || i, 'seeker', 'x' FROM generate_series(1, $1) i`,
      [SEEKERS],
    );
    [{ id: adminId }] = await dataSource.query(
      `INSERT INTO users (email, name, role, password_hash) VALUES ('consultant@plans.test', 'Consultant', 'admin', 'x') RETURNING id`,
    );
    await dataSource.query(
      `INSERT INTO consultations (user_id, topic, status, message_count, waiting_since, last_message_at, closed_at, created_at)
       SELECT u.id, 'Topic ' || t, s.status, 2,
              CASE WHEN s.status = 'open' THEN at END, at, CASE WHEN s.status = 'closed' THEN at END, at
       FROM users u CROSS JOIN generate_series(1, $1) t
       CROSS JOIN LATERAL (SELECT (ARRAY['open', 'answered', 'closed'])[1 + (t % 3)] AS status,
                                  now() - (random() * interval '90 days') AS at) s
       WHERE u.role = 'seeker'`,
      [THREADS_PER_SEEKER],
    );
    await dataSource.query(
      `INSERT INTO consultation_messages (consultation_id, seq, author, consultant_id, body, created_at)
       SELECT c.id, n, CASE WHEN n = 1 THEN 'seeker' ELSE 'consultant' END, CASE WHEN n = 2 THEN $1::uuid END, 'Message ' || n, c.created_at
       FROM consultations c CROSS JOIN generate_series(1, 2) n`,
      [adminId],
    );
    await dataSource.query('ANALYZE users, consultations, consultation_messages');
    [{ user_id: seekerId, id: threadId }] = await dataSource.query('SELECT user_id, id FROM consultations ORDER BY id LIMIT 1');
  });

  after(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it("reads a seeker's threads and their count through the seeker's index", async () => {
    const [{ threads, messages }] = await dataSource.query(
      'SELECT (SELECT count(*)::int FROM consultations) AS threads, (SELECT count(*)::int FROM consultation_messages) AS messages',
    );
    expect({ threads, messages }).toEqual({ threads: SEEKERS * THREADS_PER_SEEKER, messages: 2 * SEEKERS * THREADS_PER_SEEKER });
    for (const [sql, params] of [
      [CONSULTATION_SQL.ownFirstPage, [seekerId, 21]],
      [CONSULTATION_SQL.ownAfter, [seekerId, 21, later, threadId]],
      [CONSULTATION_SQL.countOpenOfUser, [seekerId]],
    ] as const) {
      const { indexes, seqScans } = await plan(sql, [...params]);
      expect({ sql, indexes, seqScans }).toEqual({
        sql,
        indexes: expect.arrayContaining(['consultations_user_last_message_idx']),
        seqScans: [],
      });
    }
  });

  it('walks the queue of each status in its order through the status indexes, the latest message by its number', async () => {
    for (const [sql, params, index] of [
      [CONSULTATION_SQL.waitingFirstPage, [21], 'consultations_status_waiting_idx'],
      [CONSULTATION_SQL.waitingAfter, [21, new Date('2000-01-01'), threadId], 'consultations_status_waiting_idx'],
      [CONSULTATION_SQL.recentFirstPage, ['answered', 21], 'consultations_status_last_message_idx'],
      [CONSULTATION_SQL.recentAfter, ['closed', 21, later, threadId], 'consultations_status_last_message_idx'],
    ] as const) {
      const { indexes, seqScans } = await plan(sql, [...params]);
      expect({ sql, indexes, seqScans }).toEqual({
        sql,
        indexes: expect.arrayContaining([index, 'consultation_messages_thread_seq_key']),
        seqScans: [],
      });
    }
  });

  it("reads a thread's messages in order and a consultant's replies through their indexes", async () => {
    for (const [sql, params, index] of [
      [CONSULTATION_SQL.messages, [[threadId]], 'consultation_messages_thread_seq_key'],
      [CONSULTATION_SQL.repliesOfConsultant, [adminId], 'consultation_messages_consultant_idx'],
      [CONSULTATION_SQL.ownThread, [threadId, seekerId], 'consultations_pkey'],
    ] as const) {
      const { indexes, seqScans } = await plan(sql, [...params]);
      expect({ sql, indexes, seqScans }).toEqual({ sql, indexes: expect.arrayContaining([index]), seqScans: [] });
    }
  });
});
