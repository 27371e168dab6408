import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ConsultationStatus, MessageAuthor } from './consultation-rules';
import { LockedThreadRow, MessageRow, ThreadRow, ThreadWithLatestRow } from './consultation-rows';
import { CONSULTATION_SQL as SQL } from './consultation-statements';
import { ThreadState } from './thread-after-message.util';
import { ThreadPosition } from './thread-position';

/** A thread as a new message or a close finds it, under its row lock. */
export interface LockedThread extends ThreadState {
  id: string;
  messageCount: number;
}

const locked = (row: LockedThreadRow | undefined): LockedThread | null =>
  row ? { id: row.id, status: row.status, messageCount: row.message_count, waitingSince: row.waiting_since } : null;

export interface NewMessage {
  author: MessageAuthor;
  consultantId: string | null;
  body: string;
}

/** Threads and their messages by intent; the owner's id comes first wherever a seeker acts on their own threads. */
@Injectable()
export class ConsultationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Latest activity first; `limit + 1` rows so the caller can tell whether another page exists. */
  listOfUser(userId: string, limit: number, after?: ThreadPosition): Promise<ThreadWithLatestRow[]> {
    return after
      ? this.dataSource.query(SQL.ownAfter, [userId, limit + 1, after.at, after.id])
      : this.dataSource.query(SQL.ownFirstPage, [userId, limit + 1]);
  }

  /** Open threads longest waiting first; answered and closed ones latest activity first. */
  listByStatus(status: ConsultationStatus, limit: number, after?: ThreadPosition): Promise<ThreadWithLatestRow[]> {
    if (status === 'open') {
      return after
        ? this.dataSource.query(SQL.waitingAfter, [limit + 1, after.at, after.id])
        : this.dataSource.query(SQL.waitingFirstPage, [limit + 1]);
    }
    return after
      ? this.dataSource.query(SQL.recentAfter, [status, limit + 1, after.at, after.id])
      : this.dataSource.query(SQL.recentFirstPage, [status, limit + 1]);
  }

  async findOfUser(userId: string, id: string): Promise<ThreadRow | null> {
    const [row] = await this.dataSource.query(SQL.ownThread, [id, userId]);
    return row ?? null;
  }

  async findById(id: string, manager?: EntityManager): Promise<ThreadRow | null> {
    const [row] = await (manager ?? this.dataSource).query(SQL.thread, [id]);
    return row ?? null;
  }

  messagesOf(consultationIds: string[], manager?: EntityManager): Promise<MessageRow[]> {
    return (manager ?? this.dataSource).query(SQL.messages, [consultationIds]);
  }

  async nameOfUser(userId: string, manager: EntityManager): Promise<string | null> {
    const [row] = await manager.query(SQL.userName, [userId]);
    return row?.name ?? null;
  }

  /** Serialises the creation of threads per seeker, so the open-thread limit is checked against a stable count. */
  async lockOwner(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(SQL.lockOwner, [userId]);
  }

  async countOpenOfUser(userId: string, manager?: EntityManager): Promise<number> {
    const [row] = await (manager ?? this.dataSource).query(SQL.countOpenOfUser, [userId]);
    return row.n;
  }

  async lockOfUser(userId: string, id: string, manager: EntityManager): Promise<LockedThread | null> {
    const [row] = await manager.query(SQL.lockOwnThread, [id, userId]);
    return locked(row);
  }

  async lockById(id: string, manager: EntityManager): Promise<LockedThread | null> {
    const [row] = await manager.query(SQL.lockThread, [id]);
    return locked(row);
  }

  async insertForUser(userId: string, topic: string, at: Date, manager: EntityManager): Promise<LockedThread> {
    const [row] = await manager.query(SQL.insertThread, [userId, topic, at]);
    return { id: row.id, status: 'open', messageCount: 0, waitingSince: at };
  }

  /** The thread's next message, numbered after the last one, and the thread's new state; under the thread's lock. */
  async appendMessage(thread: LockedThread, message: NewMessage, next: ThreadState, at: Date, manager: EntityManager): Promise<string> {
    const seq = thread.messageCount + 1;
    const [row] = await manager.query(SQL.insertMessage, [thread.id, seq, message.author, message.consultantId, message.body, at]);
    await manager.query(SQL.afterMessage, [thread.id, next.status, seq, next.waitingSince, at]);
    return row.id;
  }

  async close(id: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.query(SQL.close, [id, at]);
  }

  async listAllOfUser(userId: string, manager: EntityManager): Promise<Array<{ thread: ThreadRow; messages: MessageRow[] }>> {
    const threads: ThreadRow[] = await manager.query(SQL.threadsOfUser, [userId]);
    if (threads.length === 0) return [];
    const messages = await this.messagesOf(
      threads.map((thread) => thread.id),
      manager,
    );
    return threads.map((thread) => ({ thread, messages: messages.filter((message) => message.consultation_id === thread.id) }));
  }

  repliesOfConsultant(
    consultantId: string,
    manager: EntityManager,
  ): Promise<Array<{ id: string; consultation_id: string; body: string; created_at: Date }>> {
    return manager.query(SQL.repliesOfConsultant, [consultantId]);
  }

  async deleteAllOfUser(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(SQL.eraseOfUser, [userId]);
  }
}
