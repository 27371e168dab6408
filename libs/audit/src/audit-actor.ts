/** Who makes an audited change: a signed-in admin (an API token's user or a browser session's viewer). */
export interface AuditActor {
  id: string;
}
