import { AuditActor } from './audit-actor';

/** One audited change, as a domain service describes it. */
export interface AuditRecord {
  actor: AuditActor;
  /** `<entity>.<verb>`: listing.create, guide.publish, application.status, user.role, alert_run.start… */
  action: string;
  entity: string;
  entityId: string;
  /** The fields written: `{ field: { from, to } }`; see `fieldChanges`. */
  changes?: Record<string, unknown>;
}
