import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RefreshSession } from './refresh-session.entity';

/** One refresh token of a family. Only its SHA-256 hash is stored; `usedAt` is set when it is rotated. */
@Entity('refresh_tokens')
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('refresh_tokens_session_id_idx')
  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => RefreshSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'refresh_tokens_session_id_fkey' })
  session?: RefreshSession;

  /** The token this one replaced (null for the first token of a family). */
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @Index('refresh_tokens_token_hash_key', { unique: true })
  @Column({ type: 'text' })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Index('refresh_tokens_expires_at_idx')
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  replacedById: string | null;
}
