/** `host:port` of a service URL, with the protocol's default port when the URL names none. */
export function serviceAddress(url: string, defaultPort: number): string {
  const parsed = new URL(url);
  const host = parsed.hostname.startsWith('[') ? parsed.hostname : parsed.hostname || 'localhost';
  return `${host}:${parsed.port || defaultPort}`;
}

/** The URL as it may be printed: any password replaced by `***`. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}
