import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../user.entity';

export type SessionRevokeReason = 'logout' | 'reuse' | 'password_reset' | 'admin_takeover';

/** A refresh-token family: one login on one device. Revoking it kills every token it ever issued. */
@Entity('refresh_sessions')
/** Retention walks families by their last moment (RefreshSessionRetentionPolicy); an expression index. */
@Index('refresh_sessions_last_moment_idx', { synchronize: false })
export class RefreshSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('refresh_sessions_user_id_idx')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'refresh_sessions_user_id_fkey' })
  user?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  revokeReason: SessionRevokeReason | null;

  @Column({ type: 'text', nullable: true })
  userAgent: string | null;

  @Column({ type: 'text', nullable: true })
  ip: string | null;
}
