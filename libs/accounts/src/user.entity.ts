import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from './role';

@Entity('users')
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
