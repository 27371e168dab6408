import fc from 'fast-check';
import { FuzzRequest } from './fuzz-request';

/*
 * Requests written to the socket byte for byte: what Node's HTTP client refuses to send. They exercise the
 * HTTP parser and everything that answers before our code runs (socket-level errors, router errors).
 * Every one is complete (a declared body is sent whole), so the server always has enough to answer.
 */

const METHODS = ['GET', 'GET', 'POST', 'PUT', 'DELETE', 'get', 'FOO', 'G\u0000ET', 'CONNECT', 'PRI', 'M-SEARCH', ''];
const VERSIONS = ['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/1.1x', 'HTTP/9.9', ''];
const INSERTS = ['\u0000', '\u0001', ' ', '\u007f', '\u00ff', 'é', '\t', '"', '<', '\\', '{}', '%', '#frag'];

const target = (paths: readonly string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...paths) },
    {
      weight: 3,
      arbitrary: fc.tuple(fc.constantFrom(...paths), fc.constantFrom(...INSERTS), fc.nat()).map(([path, insert, at]) => {
        const i = at % (path.length + 1);
        return path.slice(0, i) + insert + path.slice(i);
      }),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...paths), fc.constantFrom(9_000, 17_000, 70_000))
        .map(([path, length]) => `${path}?q=${'a'.repeat(length)}`),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('*', 'http://evil.example/v1/jobs', '//v1/jobs', '', '/v1/jobs/../../../etc/passwd', 'v1/jobs'),
    },
  );

interface Framing {
  headers: string[];
  body: string;
}

const json = '{"email":"a@b.c","password":"0123456789"}';

const FRAMINGS: readonly Framing[] = [
  { headers: [], body: '' },
  { headers: ['Content-Type: application/json', `Content-Length: ${json.length}`], body: json },
  { headers: [`X-Big: ${'a'.repeat(17_000)}`], body: '' },
  { headers: Array.from({ length: 300 }, (_, i) => `X-Many-${i}: ${'v'.repeat(60)}`), body: '' },
  { headers: ['Bad Header: x'], body: '' },
  { headers: ['NoColon'], body: '' },
  { headers: [' Leading: space'], body: '' },
  { headers: ['X-Nul: a\u0000b'], body: '' },
  { headers: ['X-Folded: a', '  folded'], body: '' },
  { headers: ['Content-Length: 2', 'Content-Length: 3'], body: 'abc' },
  { headers: ['Content-Length: -1'], body: '' },
  { headers: ['Content-Length: abc'], body: '' },
  { headers: ['Content-Length: 99999999999999999999'], body: '' },
  { headers: ['Transfer-Encoding: chunked', 'Content-Length: 3'], body: '3\r\nabc\r\n0\r\n\r\n' },
  { headers: ['Transfer-Encoding: chunked'], body: 'zz\r\nabc\r\n0\r\n\r\n' },
  { headers: ['Transfer-Encoding: gzip, chunked'], body: '0\r\n\r\n' },
  {
    headers: ['Transfer-Encoding: chunked', 'Content-Type: application/json'],
    body: `${json.length.toString(16)}\r\n${json}\r\n0\r\n\r\n`,
  },
  { headers: ['Expect: 100-continue', 'Content-Type: application/json', `Content-Length: ${json.length}`], body: json },
  { headers: ['Host: second.example'], body: '' },
  { headers: ['Connection: Upgrade', 'Upgrade: websocket'], body: '' },
  { headers: ['Content-Type: application/json', 'Content-Length: 1'], body: '{' },
];

/** Raw requests over the paths the fuzzer knows (operations and pages, placeholders filled with `x`). */
export function wireRequestArbitrary(paths: readonly string[]): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      method: fc.constantFrom(...METHODS),
      target: target(paths),
      version: fc.constantFrom(...VERSIONS),
      framing: fc.constantFrom(...FRAMINGS),
      lineEnd: fc.constantFrom('\r\n', '\r\n', '\r\n', '\n'),
    })
    .map(({ method, target: path, version, framing, lineEnd }) => {
      const lines = [`${method} ${path} ${version}`.trimEnd(), 'Host: 127.0.0.1', ...framing.headers, 'Connection: close'];
      const wire = Buffer.from(lines.join(lineEnd) + lineEnd + lineEnd + framing.body, 'latin1');
      return {
        channel: 'wire' as const,
        kind: 'api' as const,
        operation: 'wire',
        identity: 'anonymous' as const,
        method,
        target: path,
        headers: {},
        wire,
      };
    });
}
