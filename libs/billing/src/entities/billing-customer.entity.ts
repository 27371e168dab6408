import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { User } from '@app/accounts';

/** One per user; the row exists (and is locked) before its Stripe customer is created. */
@Entity('billing_customers')
export class BillingCustomer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('billing_customers_user_id_key', { unique: true })
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Index('billing_customers_stripe_customer_id_key', { unique: true })
  @Column({ type: 'text', nullable: true })
  stripeCustomerId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
