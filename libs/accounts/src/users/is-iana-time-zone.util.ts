const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/**
 * True for IANA zone names the runtime knows ("Europe/Berlin", "UTC", links like "Asia/Kolkata").
 * Intl.supportedValuesOf('timeZone') lists canonical names only (no "UTC", no links), so the
 * zone is checked by constructing a formatter; the pattern refuses raw offsets.
 */
export function isIanaTimeZone(value: string): boolean {
  if (value.length > 64 || !ZONE_NAME.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
