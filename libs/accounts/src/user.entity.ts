import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from './role';

/* users_search_idx (trigram, for the admins' search by email or name) is written by hand in migration AdminConsole. */
@Entity('users')
@Index('users_created_idx', ['createdAt', 'id'])
@Index('users_role_created_idx', ['role', 'createdAt', 'id'])
@Index('users_search_idx', { synchronize: false })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored normalised (trimmed, lower case), so the unique index is case-insensitive. */
  @Index('users_email_key', { unique: true })
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: Role.Seeker })
  role: Role;

  @Column({ type: 'text', default: 'UTC' })
  timezone: string;

  @Column({ type: 'text', select: false })
  passwordHash: string;

  /** Access tokens issued before this instant are refused (password reset, admin takeover). */
  @Column({ type: 'timestamptz', nullable: true, select: false })
  tokensRevokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
