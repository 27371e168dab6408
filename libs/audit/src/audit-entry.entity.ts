import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/*
 * Append-only: the audit_entries_append_only trigger (migration AuditTrail) refuses every UPDATE and DELETE except
 * the one the foreign key makes when the actor's account is erased (actor_id set to null).
 * The user relation is named by entity name, not imported: the audit lib sits below the accounts lib.
 */
@Entity('audit_entries')
@Index('audit_entries_created_idx', ['createdAt', 'id'])
@Index('audit_entries_actor_created_idx', ['actorId', 'createdAt', 'id'])
@Index('audit_entries_entity_created_idx', ['entity', 'createdAt', 'id'])
@Index('audit_entries_entity_id_created_idx', ['entity', 'entityId', 'createdAt', 'id'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The admin who made the change; null once their account is erased ("deleted user"). */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'audit_entries_actor_id_fkey' })
  actor?: unknown;

  /** What was done, `<entity>.<verb>` (listing.publish, guide.update, user.role…). */
  @Column({ type: 'text' })
  action: string;

  /** The kind of thing changed: listing, guide, application, user, alert_run… */
  @Column({ type: 'text' })
  entity: string;

  @Column({ type: 'uuid' })
  entityId: string;

  /** The fields the change wrote, `{ field: { from, to } }` (creations: `to` only). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  changes: Record<string, unknown>;

  /** The request that made the change, as in the logs (x-request-id). */
  @Column({ type: 'text', nullable: true })
  requestId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
