import { IncomingMessage, STATUS_CODES } from 'node:http';
import { Socket } from 'node:net';
import { ErrorBody, ErrorRequest, renderTransportError } from './error-body';
import { securityHeaders } from './security-headers';

/** How long a socket we answered may stay half-open for the client to read the answer and finish sending. */
const LINGER_MS = 2_000;
const answered = new WeakSet<Socket>();
/** Half of Node's 16 KB budget for the request line and headers together. */
const LONG_REQUEST_LINE = 8 * 1024;

const PARSER_ERRORS: Record<string, string> = {
  HPE_INVALID_METHOD: 'The request method is not an HTTP method',
  HPE_INVALID_VERSION: 'Only HTTP/1.0 and HTTP/1.1 are served here',
  HPE_INVALID_URL: 'The request target is not a valid URL',
  HPE_INVALID_HEADER_TOKEN: 'A request header is malformed',
  HPE_INVALID_CONTENT_LENGTH: 'The Content-Length header is not valid',
  HPE_UNEXPECTED_CONTENT_LENGTH: 'Content-Length and Transfer-Encoding must not both be set',
  HPE_INVALID_TRANSFER_ENCODING: 'The Transfer-Encoding header is not valid',
  HPE_INVALID_CHUNK_SIZE: 'The chunked body is malformed',
  HPE_CR_EXPECTED: 'Lines of the request must end with CRLF',
  HPE_LF_EXPECTED: 'Lines of the request must end with CRLF',
};

type ClientError = Error & { code?: string; rawPacket?: unknown };

function packetText(raw: unknown): string {
  const bytes = Buffer.isBuffer(raw)
    ? raw
    : Array.isArray((raw as { data?: unknown })?.data)
      ? Buffer.from((raw as { data: number[] }).data)
      : undefined;
  return bytes ? bytes.toString('latin1', 0, Math.min(bytes.length, 65_536)) : '';
}

/** The path and Accept header of a request that could not be parsed, as far as its first bytes tell. */
export function requestOfPacket(text: string): ErrorRequest {
  const target = /^[^ \r\n]* (\/[^ ?\r\n]{0,2048})/.exec(text)?.[1] ?? '';
  const accept = /\r?\naccept:[ \t]*([^\r\n]{0,512})/i.exec(text)?.[1];
  return { path: target, accept };
}

function statusOf(error: ClientError, text: string): [number, string] {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return [408, 'The request was not received in time'];
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    // The parser counts the request line with the headers: when the request line alone holds most of the budget, the URL is the excess.
    const requestLine = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+ [^\n]*/.exec(text)?.[0] ?? '';
    if (requestLine.length >= LONG_REQUEST_LINE) return [414, 'The request URL is longer than the server accepts'];
    return [431, 'The request headers (with the URL) are larger than the 16 KB the server accepts'];
  }
  return [400, PARSER_ERRORS[error.code ?? ''] ?? 'The request is not valid HTTP/1.1'];
}

/** A complete HTTP/1.1 response for a socket no Node response object owns. */
export function responseBytes(body: ErrorBody, extraHeaders: Record<string, string> = {}): string {
  const headers = {
    ...securityHeaders(),
    ...extraHeaders,
    'content-type': body.contentType,
    'content-length': String(Buffer.byteLength(body.payload)),
    connection: 'close',
  };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${body.status} ${STATUS_CODES[body.status]}\r\n${lines.join('\r\n')}\r\n\r\n${body.payload}`;
}

/** Writes the whole answer, half-closes, and lets the client finish sending (so it reads the answer rather than a reset). */
function answerOnSocket(socket: Socket, body: ErrorBody, extraHeaders?: Record<string, string>): void {
  socket.end(responseBytes(body, extraHeaders));
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}

/**
 * Fastify's `clientErrorHandler`: a request Node's parser refused (malformed, headers or URL too large,
 * too slow). Answered once per socket, unless a response is already being written on it.
 */
export function answerClientError(error: ClientError, socket: Socket): void {
  if (answered.has(socket)) return;
  answered.add(socket);
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const text = packetText(error.rawPacket);
  const [status, detail] = statusOf(error, text);
  answerOnSocket(socket, renderTransportError(status, detail, requestOfPacket(text)));
}

const SERVED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';

/** Node's `connect` event (a CONNECT request, i.e. a proxy tunnel): this is no proxy. Without a listener Node drops the socket unanswered. */
export function answerConnect(request: IncomingMessage, socket: Socket): void {
  answered.add(socket);
  const body = renderTransportError(405, 'CONNECT is not supported: this server is not a proxy', {
    path: request.url ?? '/',
    accept: request.headers.accept,
  });
  answerOnSocket(socket, body, { allow: SERVED_METHODS });
}

/**
 * Node destroys the socket of a request whose method is PRI (an HTTP/2 preface) right after parsing it, before
 * any of our code could answer; this `request` listener, run first, answers it while the socket still exists.
 */
export function answerHttp2Preface(request: IncomingMessage): void {
  if (request.method !== 'PRI' || answered.has(request.socket)) return;
  answered.add(request.socket);
  const body = renderTransportError(400, 'Only HTTP/1.0 and HTTP/1.1 are served here', {
    path: (request.url ?? '/').split('?')[0]!,
    accept: request.headers.accept,
  });
  request.socket.end(responseBytes(body));
}
