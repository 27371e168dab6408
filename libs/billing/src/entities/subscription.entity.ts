import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { User } from '@app/accounts';

/** The absolute state of a Stripe subscription as last read from the Stripe API. */
@Entity('subscriptions')
@Index('subscriptions_plus_members_idx', { synchronize: false })
export class Subscription {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('subscriptions_stripe_subscription_id_key', { unique: true })
  @Column({ type: 'text' })
  stripeSubscriptionId: string;

  @Index('subscriptions_user_id_idx')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'text' })
  stripeCustomerId: string;

  @Column({ type: 'text' })
  status: string;

  @Column({ type: 'text', nullable: true })
  priceId: string | null;

  @Column({ type: 'boolean', default: false })
  cancelAtPeriodEnd: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  cancelAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  currentPeriodStart: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  currentPeriodEnd: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
