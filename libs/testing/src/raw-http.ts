import { connect, Socket } from 'node:net';

/** One response read off a raw socket, or `error` when none arrived complete. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  error?: string;
}

interface Head {
  status: number;
  headers: Record<string, string>;
  bodyStart: number;
}

function parseHead(bytes: Buffer, from: number): Head | undefined {
  const end = bytes.indexOf('\r\n\r\n', from, 'latin1');
  if (end < 0) return undefined;
  const [statusLine, ...lines] = bytes.subarray(from, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/\d\.\d (\d{3})/.exec(statusLine ?? '')?.[1] ?? 0);
  const headers = Object.fromEntries(
    lines.map((line) => [line.slice(0, line.indexOf(':')).trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  return { status, headers, bodyStart: end + 4 };
}

/** The final response in the bytes read so far (1xx interim responses skipped), once it is complete. */
function completeResponse(bytes: Buffer, closed: boolean): RawResponse | undefined {
  let head = parseHead(bytes, 0);
  while (head && head.status >= 100 && head.status < 200) head = parseHead(bytes, head.bodyStart);
  if (!head) return undefined;
  const length = head.headers['content-length'];
  const body = bytes.subarray(head.bodyStart);
  if (length !== undefined ? body.length < Number(length) : !closed) return undefined;
  return {
    status: head.status,
    headers: head.headers,
    body: (length !== undefined ? body.subarray(0, Number(length)) : body).toString('utf8'),
  };
}

/**
 * Writes a request to a fresh loopback socket exactly as given (or lets `write` feed it, e.g. slowly) and
 * reads one response: for what `fetch` and Node's client refuse to send (bad framing, raw bytes).
 */
export function exchangeRaw(port: number, request: Buffer | string | ((socket: Socket) => void), timeoutMs = 10_000): Promise<RawResponse> {
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
      resolve(response ?? { status: 0, headers: {}, body: '', error: error ?? 'connection closed without a complete response' });
    };
    const timer = setTimeout(() => finish(false, `no complete response within ${timeoutMs} ms`), timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      finish(false);
    });
    socket.on('end', () => finish(true));
    socket.on('close', () => finish(true));
    socket.on('error', (error: NodeJS.ErrnoException) => finish(true, error.code ?? error.message));
    if (typeof request === 'function') request(socket);
    else socket.write(request);
  });
}
