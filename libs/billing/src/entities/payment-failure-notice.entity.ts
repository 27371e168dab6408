import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@app/accounts';

/** One "update your card" mail per invoice payment attempt; the unique key is the final guard. */
@Entity('payment_failure_notices')
@Index('payment_failure_notices_invoice_attempt_key', ['stripeInvoiceId', 'attemptCount'], { unique: true })
export class PaymentFailureNotice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('payment_failure_notices_user_id_idx')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'text' })
  stripeInvoiceId: string;

  @Column({ type: 'int' })
  attemptCount: number;

  @Column({ type: 'uuid', nullable: true })
  mailId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
