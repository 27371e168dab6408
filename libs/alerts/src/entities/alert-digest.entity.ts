import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@app/accounts';
import { AlertFrequency } from '../alerts/alert-criteria';
import { DigestSection } from '../matching/digest-section';
import { AlertRunBatch } from './alert-run-batch.entity';
import { AlertRun } from './alert-run.entity';

/**
 * - pending: built, its listings are in the ledger, the mail job may not have run yet
 * - sent: handed to SMTP; empty: nothing matched (no mail); skipped: no alert to serve for this plan
 * - dropped: every listing closed before the mail went out; failed: the mail failed on every attempt
 */
export type AlertDigestStatus = 'pending' | 'sent' | 'empty' | 'skipped' | 'dropped' | 'failed';

/** One user's digest for one period (or one forced run): the unique key is the guard against a second mail. */
@Entity('alert_digests')
@Index('alert_digests_user_period_key', ['userId', 'periodKey'], { unique: true })
@Index('alert_digests_run_status_idx', ['runId', 'status'])
@Index('alert_digests_batch_idx', ['batchId'])
@Index('alert_digests_sent_idx', ['sentAt'], { where: "status = 'sent'" })
@Index('alert_digests_pending_idx', ['createdAt'], { where: "status = 'pending'" })
export class AlertDigest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'alert_digests_user_id_fkey' })
  user?: User;

  @Column({ type: 'uuid' })
  runId: string;

  @ManyToOne(() => AlertRun, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id', foreignKeyConstraintName: 'alert_digests_run_id_fkey' })
  run?: AlertRun;

  @Column({ type: 'uuid' })
  batchId: string;

  @ManyToOne(() => AlertRunBatch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'alert_digests_batch_id_fkey' })
  batch?: AlertRunBatch;

  @Column({ type: 'text' })
  frequency: AlertFrequency;

  /** Local date (daily), ISO week (weekly) or `run-<id>` for a forced run. */
  @Column({ type: 'text' })
  periodKey: string;

  @Column({ type: 'text' })
  status: AlertDigestStatus;

  @Column({ type: 'jsonb', nullable: true })
  sections: DigestSection[] | null;

  @Column({ type: 'int', default: 0 })
  listingCount: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
