import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { User } from '@app/accounts';
import { ConsultationStatus } from './consultation-rules';

/*
 * A thread between a Plus subscriber and the career consultants (admins). Its messages are numbered (`seq`) under
 * the thread's row lock, so their order is the order they were written in. Times have millisecond precision so a
 * cursor taken from a JS Date matches the row exactly.
 */
@Entity('consultations')
@Check('consultations_status_check', `"status" IN ('open', 'answered', 'closed')`)
@Index('consultations_user_last_message_idx', ['userId', 'lastMessageAt', 'id'])
@Index('consultations_status_waiting_idx', ['status', 'waitingSince', 'id'])
@Index('consultations_status_last_message_idx', ['status', 'lastMessageAt', 'id'])
export class Consultation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'consultations_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  // No cascade: erasing a user goes through the personal-data source, which deletes these rows first.
  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'consultations_user_id_fkey' })
  user?: User;

  @Column({ type: 'text' })
  topic: string;

  @Column({ type: 'text', default: 'open' })
  status: ConsultationStatus;

  @Column({ type: 'integer', default: 0 })
  messageCount: number;

  /** While open: since when the seeker has been waiting (their first message after the last reply); else null. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  waitingSince: Date | null;

  @Column({ type: 'timestamptz', precision: 3 })
  lastMessageAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
