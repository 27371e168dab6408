import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo, Socket } from 'node:net';
import { FuzzOperation } from './fuzz-operation';
import { pageOperation } from './page-routes';
import { formatReport, requestArbitrary, requestAt, runFuzz, FuzzTarget } from './run-fuzz';

/** A server with known faults: the fuzzer must report each of them, and pages answered as HTML must pass. */
function faultyServer(): Server {
  const problem = (res: ServerResponse, status: number) => {
    res.writeHead(status, { 'content-type': 'application/problem+json' });
    res.end(JSON.stringify({ type: 'about:blank', title: 'x', status, detail: 'x' }));
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    if (/\/pages\//i.test(url)) {
      res.writeHead(200, { 'content-type': /json/i.test(url) ? 'application/json' : 'text/html; charset=utf-8' });
      res.end(/json/i.test(url) ? '{}' : '<!doctype html><p>page</p>');
    } else if (url.startsWith('/v1/boom')) problem(res, 500);
    else if (url.startsWith('/v1/plain')) {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end('{"statusCode":400}');
    } else problem(res, 404);
  });
  server.on('clientError', (_error, socket: Socket) =>
    socket.end('HTTP/1.1 400 Bad Request\r\ncontent-type: text/html\r\ncontent-length: 0\r\nconnection: close\r\n\r\n'),
  );
  return server;
}

const api = (path: string): FuzzOperation => ({ kind: 'api', method: 'GET', path, params: [], authenticated: false });

describe('the fuzz runner', () => {
  let server: Server;
  let target: FuzzTarget;

  before(async () => {
    server = faultyServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    target = {
      port: (server.address() as AddressInfo).port,
      operations: [api('/v1/boom'), api('/v1/plain'), pageOperation({ path: '/pages/{slug}', params: { slug: ['ok', 'json'] } })],
      known: {},
      tokenFor: () => undefined,
    };
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reports a 5xx, an API error that is not problem+json and a page that is not HTML, each with a replay command', async () => {
    const report = await runFuzz(target, { seed: 7, requests: 150, wireShare: 0 });
    expect(report.sent).toBe(150);
    const found = (operation: string, violation: RegExp) =>
      report.findings.some((finding) => finding.request.operation === operation && finding.violations.some((v) => violation.test(v)));
    expect(found('GET /v1/boom', /^server error 500$/)).toBe(true);
    expect(found('GET /v1/plain', /is application\/json, not application\/problem\+json/)).toBe(true);
    expect(found('GET /pages/{slug}', /not text\/html/)).toBe(true);
    // A page answered as HTML passes: of the page's findings, only its `json` value (answered as JSON) fails.
    const pageFindings = report.findings.filter(
      (finding) => finding.request.operation === 'GET /pages/{slug}' && finding.request.kind === 'page',
    );
    expect(pageFindings.length).toBeGreaterThan(0);
    expect(pageFindings.every((finding) => /json/i.test(finding.request.target))).toBe(true);
    expect(formatReport(report)).toMatch(/replay: npm run fuzz -- --seed 7 --only \d+/);
  });

  it('makes the same request for the same seed and index, so one finding can be replayed alone', async () => {
    const arbitrary = requestArbitrary(target);
    expect(requestAt(arbitrary, 7, 42)).toEqual(requestAt(arbitrary, 7, 42));
    expect(requestAt(arbitrary, 7, 42)).not.toEqual(requestAt(arbitrary, 8, 42));
    const full = await runFuzz(target, { seed: 7, requests: 60, wireShare: 0 });
    const first = full.findings[0]!;
    const replay = await runFuzz(target, { seed: 7, requests: 60, wireShare: 0, only: first.index });
    expect(replay.sent).toBe(1);
    expect(replay.findings.map((finding) => [finding.index, finding.violations])).toEqual([[first.index, first.violations]]);
  });
});
