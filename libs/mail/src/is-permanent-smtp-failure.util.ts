/**
 * A 5xx reply of the SMTP server (550 no such mailbox, 554 rejected, …): trying again will not help. 4xx replies
 * (421 closing, 451 try later) and connection errors are transient.
 */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
