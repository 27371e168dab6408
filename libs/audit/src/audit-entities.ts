/** The kinds of things admins change, as the audit trail names them. */
export const AUDIT_ENTITIES = ['listing', 'guide', 'application', 'user', 'alert_run', 'consultation'] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];
