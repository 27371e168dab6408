import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '@app/accounts';

/**
 * The delivery ledger: a listing is mailed to a user at most once, whatever alert or run found it.
 * Written in bulk with every digest, so it carries only the user's foreign key (erasure cascades);
 * `listingId` and `digestId` are plain references (a deleted listing's rows are harmless).
 */
@Entity('alert_deliveries')
export class AlertDelivery {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'alert_deliveries_pkey' })
  userId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'alert_deliveries_pkey' })
  listingId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'alert_deliveries_user_id_fkey' })
  user?: User;

  @Column({ type: 'uuid' })
  digestId: string;

  @Index('alert_deliveries_delivered_at_idx')
  @CreateDateColumn({ type: 'timestamptz' })
  deliveredAt: Date;
}
