import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export type StripeEventStatus = 'received' | 'processed' | 'skipped' | 'failed';

/** The webhook inbox: every verified event once, under its Stripe id. */
@Entity('stripe_events')
@Index('stripe_events_done_received_at_idx', ['receivedAt'], { where: "status IN ('processed', 'skipped')" })
export class StripeEvent {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  type: string;

  @Column({ type: 'boolean' })
  livemode: boolean;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  /** The customer the event concerns, so an account erasure can remove its events. */
  @Index('stripe_events_customer_id_idx')
  @Column({ type: 'text', nullable: true })
  customerId: string | null;

  @Column({ type: 'text', default: 'received' })
  status: StripeEventStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  receivedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}
