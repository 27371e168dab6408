import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ResumeFileStorage, StoredResumeFile } from './resume-file-storage';

/** CV bytes in Postgres (bytea), one row per file. */
@Injectable()
export class PostgresResumeFileStorage extends ResumeFileStorage {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async store(manager: EntityManager, userId: string, bytes: Buffer): Promise<StoredResumeFile> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const [row] = await manager.query(
      `INSERT INTO resume_files (user_id, content, byte_size, sha256) VALUES ($1, $2, $3, $4) RETURNING id, created_at`,
      [userId, bytes, bytes.length, sha256],
    );
    return { id: row.id, byteSize: bytes.length, sha256, createdAt: row.created_at };
  }

  async read(fileId: string): Promise<Buffer | null> {
    const [row] = await this.dataSource.query(`SELECT content FROM resume_files WHERE id = $1`, [fileId]);
    return row?.content ?? null;
  }

  async copy(manager: EntityManager, fileId: string): Promise<string | null> {
    const [row] = await manager.query(
      `INSERT INTO resume_files (user_id, content, byte_size, sha256)
       SELECT user_id, content, byte_size, sha256 FROM resume_files WHERE id = $1 RETURNING id`,
      [fileId],
    );
    return row?.id ?? null;
  }

  async remove(manager: EntityManager, fileId: string): Promise<void> {
    await manager.query(`DELETE FROM resume_files WHERE id = $1`, [fileId]);
  }

  async removeAllOfUser(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM resume_files WHERE user_id = $1`, [userId]);
  }
}
