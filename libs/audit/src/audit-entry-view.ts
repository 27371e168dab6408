/** An audit entry as admins read it; `actor` is null once that account was erased ("deleted user"). */
export interface AuditEntryView {
  id: string;
  actor: { id: string; name: string; email: string } | null;
  action: string;
  entity: string;
  entityId: string;
  changes: Record<string, unknown>;
  requestId: string | null;
  createdAt: string;
}

export interface AuditEntryRow {
  id: string;
  actor_id: string | null;
  actor_name: string | null;
  actor_email: string | null;
  action: string;
  entity: string;
  entity_id: string;
  changes: Record<string, unknown>;
  request_id: string | null;
  created_at: Date;
}

export function toAuditEntryView(row: AuditEntryRow): AuditEntryView {
  return {
    id: row.id,
    actor: row.actor_id ? { id: row.actor_id, name: row.actor_name ?? '', email: row.actor_email ?? '' } : null,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    changes: row.changes,
    requestId: row.request_id,
    createdAt: row.created_at.toISOString(),
  };
}
