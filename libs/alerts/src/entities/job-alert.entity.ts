import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { User } from '@app/accounts';
import { AlertCriteria, AlertFrequency } from '../alerts/alert-criteria';

/** A seeker's saved search, mailed as part of their daily or weekly digest. */
@Entity('job_alerts')
@Index('job_alerts_active_idx', ['frequency', 'userId'], { where: 'paused = false' })
export class JobAlert {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('job_alerts_user_id_idx')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'job_alerts_user_id_fkey' })
  user?: User;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  frequency: AlertFrequency;

  /** Normalised search criteria (validateSearchCriteria); `criteriaKey` is their canonical hash. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  criteria: AlertCriteria;

  @Column({ type: 'text' })
  criteriaKey: string;

  @Column({ type: 'boolean', default: false })
  paused: boolean;

  /** Listings FIRST published after this instant are candidates for the next digest. */
  @Column({ type: 'timestamptz' })
  cursorAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastDigestAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
