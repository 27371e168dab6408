import { Agent, request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { performance } from 'node:perf_hooks';
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

interface Head {
  status: number;
  headers: Map<string, string>;
  bodyStart: number;
}

function parseHead(bytes: Buffer, from: number): Head | undefined {
  const end = bytes.indexOf('\r\n\r\n', from, 'latin1');
  if (end < 0) return undefined;
  const [statusLine, ...lines] = bytes.subarray(from, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/\d\.\d (\d{3})/.exec(statusLine ?? '')?.[1] ?? 0);
  const headers = new Map(
    lines.map((line) => [line.slice(0, line.indexOf(':')).trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  return { status, headers, bodyStart: end + 4 };
}

/** The final response in the bytes read so far (1xx interim responses skipped), once it is complete. */
function completeResponse(bytes: Buffer, closed: boolean): Omit<Observed, 'ms'> | undefined {
  let head = parseHead(bytes, 0);
  while (head && head.status >= 100 && head.status < 200) head = parseHead(bytes, head.bodyStart);
  if (!head) return undefined;
  const length = head.headers.get('content-length');
  const body = bytes.subarray(head.bodyStart);
  const complete = length !== undefined ? body.length >= Number(length) : closed;
  if (!complete) return undefined;
  return {
    status: head.status,
    contentType: head.headers.get('content-type') ?? '',
    body: (length !== undefined ? body.subarray(0, Number(length)) : body).toString('utf8'),
  };
}

/** Writes a wire-channel request to a fresh socket as it is and reads one response. */
export function sendWire(port: number, request: FuzzRequest): Promise<Observed> {
  const started = performance.now();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let settled = false;
    const socket = connect(port, '127.0.0.1');
    const finish = (closed: boolean, error?: string) => {
      if (settled) return;
      const response = completeResponse(Buffer.concat(chunks), closed);
      if (!response && !closed && !error) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const ms = Math.round(performance.now() - started);
      resolve(
        response
          ? { ...response, ms }
          : { status: 0, contentType: '', body: '', ms, error: error ?? 'connection closed without a complete response' },
      );
    };
    const timer = setTimeout(() => finish(false, `no complete response within ${GIVE_UP_MS} ms`), GIVE_UP_MS);
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      finish(false);
    });
    socket.on('end', () => finish(true));
    socket.on('close', () => finish(true));
    socket.on('error', (error: NodeJS.ErrnoException) => finish(true, error.code ?? error.message));
    socket.write(request.wire ?? Buffer.alloc(0));
  });
}
