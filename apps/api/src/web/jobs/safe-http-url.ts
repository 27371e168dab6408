/** A link we may put in a page: http(s) only, so a stored `javascript:` URL stays text. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url.trim())) return null;
  try {
    return new URL(url.trim()).href;
  } catch {
    return null;
  }
}
