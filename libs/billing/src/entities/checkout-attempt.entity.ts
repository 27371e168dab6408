import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@app/accounts';

/** A Checkout Session created for a user; proves which user a session id belongs to. */
@Entity('checkout_attempts')
export class CheckoutAttempt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('checkout_attempts_user_id_idx')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Index('checkout_attempts_stripe_session_id_key', { unique: true })
  @Column({ type: 'text' })
  stripeSessionId: string;

  @Column({ type: 'text' })
  stripeCustomerId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
