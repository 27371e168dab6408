import { EntityManager } from 'typeorm';

export interface StoredResumeFile {
  id: string;
  byteSize: number;
  sha256: string;
  createdAt: Date;
}

/**
 * Where CV files live. The default (PostgresResumeFileStorage) keeps each file's bytes in its `resume_files` row, so
 * a file is written, copied and erased in the caller's transaction. Another store (object storage) would keep the
 * row as the metadata and put the bytes elsewhere.
 */
export abstract class ResumeFileStorage {
  abstract store(manager: EntityManager, userId: string, bytes: Buffer): Promise<StoredResumeFile>;
  abstract read(fileId: string): Promise<Buffer | null>;
  /** A new file with the same bytes (what an application keeps); null when the file is gone. */
  abstract copy(manager: EntityManager, fileId: string): Promise<string | null>;
  abstract remove(manager: EntityManager, fileId: string): Promise<void>;
  abstract removeAllOfUser(manager: EntityManager, userId: string): Promise<void>;
}
