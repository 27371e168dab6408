import { isPagePath } from '../../apps/api/src/web/http/page-paths';
export type Identity = 'anonymous' | 'seeker' | 'admin';

/** One request the fuzzer sends, complete enough to be replayed by hand from the report. */
export interface FuzzRequest {
  /** `http`: through Node's HTTP client; `wire`: bytes written to a socket as they are (framing, request line). */
  channel: 'http' | 'wire';
  kind: 'api' | 'page';
  /** The operation it was made from, e.g. `GET /v1/jobs/{idOrSlug}`, or `wire` for raw bytes. */
  operation: string;
  identity: Identity;
  method: string;
  /** Path and query exactly as sent. */
  target: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** The whole request as sent (wire channel only). */
  wire?: Buffer;
}

const preview = (value: string | Buffer, max: number): string => {
  const text = typeof value === 'string' ? value : value.toString('latin1');
  const shown = JSON.stringify(text.length > max ? text.slice(0, max) : text);
  return text.length > max ? `${shown}… (${text.length} chars)` : shown;
};

/** The request as a reader can replay it: method, target, headers and body (long values cut). */
export function describeRequest(request: FuzzRequest, max = 400): string {
  if (request.wire) return `wire ${preview(request.wire, max)}`;
  const lines = [`${request.method} ${preview(request.target, max)} as ${request.identity}`];
  for (const [name, value] of Object.entries(request.headers)) lines.push(`  ${name}: ${preview(value, max)}`);
  if (request.body !== undefined) lines.push(`  body ${preview(request.body, max)}`);
  return lines.join('\n');
}

/**
 * Which oracle a request answers to, by the path as sent and the app's own rule: the website's paths answer
 * HTML (the error page for errors), everything else problem+json — `//v1/me` and `/V1/JOBS` are pages too.
 */
export function kindOfTarget(target: string): 'api' | 'page' {
  const path = target.split('?')[0]!;
  return isPagePath(path) ? 'page' : 'api';
}
