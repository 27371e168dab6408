import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../user.entity';

export type BrowserSessionEndReason = 'logout' | 'password_reset' | 'role_change' | 'admin_takeover';

/**
 * A login in a browser: the cookie holds an opaque token, this row only its SHA-256 hash. Ending the row
 * ends the session at once (the cookie then names nothing).
 */
@Entity('browser_sessions')
/** Retention walks sessions by when they stopped working, least(ended_at, expires_at); an expression index. */
@Index('browser_sessions_over_at_idx', { synchronize: false })
@Index('browser_sessions_user_id_idx', ['userId'], { where: 'ended_at IS NULL' })
export class BrowserSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('browser_sessions_token_hash_key', { unique: true })
  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'browser_sessions_user_id_fkey' })
  user?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  endReason: BrowserSessionEndReason | null;

  @Column({ type: 'text', nullable: true })
  userAgent: string | null;

  @Column({ type: 'text', nullable: true })
  ip: string | null;
}
