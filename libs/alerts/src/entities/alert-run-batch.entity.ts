import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AlertRun } from './alert-run.entity';

export type AlertRunBatchStatus = 'pending' | 'done' | 'failed';

/** A range of subscribers (by user id) of one run, built by one job; marked done in the digests' transaction. */
@Entity('alert_run_batches')
@Index('alert_run_batches_run_seq_key', ['runId', 'seq'], { unique: true })
@Index('alert_run_batches_pending_idx', ['runId'], { where: "status = 'pending'" })
export class AlertRunBatch {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  runId: string;

  @ManyToOne(() => AlertRun, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id', foreignKeyConstraintName: 'alert_run_batches_run_id_fkey' })
  run?: AlertRun;

  @Column({ type: 'int' })
  seq: number;

  @Column({ type: 'uuid' })
  firstUserId: string;

  @Column({ type: 'uuid' })
  lastUserId: string;

  @Column({ type: 'int' })
  users: number;

  @Column({ type: 'text', default: 'pending' })
  status: AlertRunBatchStatus;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
