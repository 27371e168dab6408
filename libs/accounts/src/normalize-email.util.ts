/** Emails are stored and compared trimmed and in lower case, so uniqueness is case-insensitive. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
