import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { User } from '@app/accounts';
import { Consultation } from './consultation.entity';
import { MessageAuthor } from './consultation-rules';

/** One message of a thread: `seq` 1, 2, 3… in the order written (unique per thread, which also indexes reading). */
@Entity('consultation_messages')
@Unique('consultation_messages_thread_seq_key', ['consultationId', 'seq'])
@Check('consultation_messages_author_check', `"author" IN ('seeker', 'consultant')`)
@Index('consultation_messages_consultant_idx', ['consultantId'])
export class ConsultationMessage {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'consultation_messages_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  consultationId: string;

  @ManyToOne(() => Consultation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id', foreignKeyConstraintName: 'consultation_messages_consultation_id_fkey' })
  consultation?: Consultation;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'text' })
  author: MessageAuthor;

  /** The admin who wrote a consultant's message; null for the seeker's, and once that admin's account is erased. */
  @Column({ type: 'uuid', nullable: true })
  consultantId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'consultant_id', foreignKeyConstraintName: 'consultation_messages_consultant_id_fkey' })
  consultant?: User;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
