import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AlertFrequency } from '../alerts/alert-criteria';

export type AlertRunStatus = 'queued' | 'running' | 'completed' | 'failed';
export type AlertRunTrigger = 'schedule' | 'admin';

/**
 * One dispatch of a frequency: a scheduler tick or an admin's forced run. The counters are
 * computed from its digests while it runs and frozen here when it completes.
 */
@Entity('alert_runs')
@Index('alert_runs_created_idx', ['createdAt', 'id'])
@Index('alert_runs_open_idx', ['trigger', 'frequency', 'createdAt'], { where: "status IN ('queued', 'running')" })
export class AlertRun {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  trigger: AlertRunTrigger;

  @Column({ type: 'text' })
  frequency: AlertFrequency;

  @Column({ type: 'text', default: 'queued' })
  status: AlertRunStatus;

  /** The instant the schedule is evaluated at (scheduled runs); forced runs ignore it. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  asOf: Date;

  @Column({ type: 'int', default: 0 })
  subscribers: number;

  @Column({ type: 'int', default: 0 })
  digests: number;

  @Column({ type: 'int', default: 0 })
  emailsSent: number;

  @Column({ type: 'int', default: 0 })
  failed: number;

  /** Set once every batch of the run has been created (and queued). */
  @Column({ type: 'timestamptz', nullable: true })
  fannedOutAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
