import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@app/accounts';

/**
 * One CV file (a PDF), bytes kept in Postgres by the default ResumeFileStorage. A row is never changed: a new
 * upload is a new row, and applying with the resume copies the row, so what an employer received stays as sent.
 * Rows go with their owner (erasure deletes them; the foreign key cascades as a backstop).
 */
@Entity('resume_files')
@Index('resume_files_user_idx', ['userId'])
export class ResumeFile {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'resume_files_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'resume_files_user_id_fkey' })
  user?: User;

  @Column({ type: 'bytea', select: false })
  content?: Buffer;

  @Column({ type: 'integer' })
  byteSize: number;

  /** Hex SHA-256 of the bytes. */
  @Column({ type: 'text' })
  sha256: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
