import { Agent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import { exchangeRaw } from '@app/testing';
import { FuzzRequest } from './fuzz-request';

/** What came back: enough for the oracle, or `error` when no complete response arrived. */
export interface Observed {
  status: number;
  contentType: string;
  body: string;
  ms: number;
  error?: string;
}

/** Give up on a request after this long (the oracle fails anything over 2 s anyway). */
const GIVE_UP_MS = 10_000;

/** Sends an HTTP-channel request with Node's client (keep-alive), timing it from the first byte written to the last read. */
export function sendHttp(agent: Agent, port: number, request: FuzzRequest, token?: string): Promise<Observed> {
  const headers: Record<string, string> = { ...request.headers };
  if (token && headers.authorization === undefined) headers.authorization = `Bearer ${token}`;
  // Node's client frames a GET/DELETE/HEAD/OPTIONS body only when told its length.
  if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
  const started = performance.now();
  return new Promise((resolve) => {
    const done = (observed: Omit<Observed, 'ms'>) => resolve({ ...observed, ms: Math.round(performance.now() - started) });
    const outgoing = httpRequest(
      { agent, host: '127.0.0.1', port, method: request.method, path: request.target, headers, timeout: GIVE_UP_MS },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          done({
            status: response.statusCode ?? 0,
            contentType: String(response.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', (error) =>
          done({ status: 0, contentType: '', body: '', error: (error as NodeJS.ErrnoException).code ?? error.message }),
        );
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no response within ${GIVE_UP_MS} ms`)));
    outgoing.on('error', (error) =>
      done({ status: 0, contentType: '', body: '', error: (error as NodeJS.ErrnoException).code ?? error.message }),
    );
    outgoing.end(request.body);
  });
}

/** Writes a wire-channel request to a fresh socket as it is and reads one response. */
export async function sendWire(port: number, request: FuzzRequest): Promise<Observed> {
  const started = performance.now();
  const response = await exchangeRaw(port, request.wire ?? Buffer.alloc(0), GIVE_UP_MS);
  return {
    status: response.status,
    contentType: response.headers['content-type'] ?? '',
    body: response.body,
    ms: Math.round(performance.now() - started),
    error: response.error,
  };
}
