import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { exchangeRaw, RawResponse, startTestEnvironment, TestEnvironment } from '@app/testing';

const request = (lines: string[], body = '') => `${[...lines, 'Host: 127.0.0.1', 'Connection: close'].join('\r\n')}\r\n\r\n${body}`;

function expectProblem(response: RawResponse | { status: number; headers: Headers; text: string }, status: number): any {
  expect(response.status).toBe(status);
  const contentType = response.headers instanceof Headers ? response.headers.get('content-type') : response.headers['content-type'];
  expect(contentType).toMatch(/^application\/problem\+json/);
  const body = JSON.parse('text' in response ? response.text : response.body);
  expect(body).toEqual({ type: expect.any(String), title: expect.any(String), status, detail: expect.any(String) });
  return body;
}

describe('errors of the HTTP layer itself', () => {
  let env: TestEnvironment;

  before(async () => {
    env = await startTestEnvironment();
  });
  after(() => env.close());

  it('answers a URL longer than the server reads with 414 problem+json', async () => {
    const response = await exchangeRaw(env.api.port, request([`GET /v1/jobs?q=${'a'.repeat(20_000)} HTTP/1.1`]));
    expect(expectProblem(response, 414).title).toBe('URI Too Long');
    expect(response.headers.connection).toBe('close');
  });

  it('answers oversized headers with 431 problem+json, with the security headers', async () => {
    const response = await exchangeRaw(env.api.port, request(['GET /v1/jobs HTTP/1.1', `X-Big: ${'a'.repeat(20_000)}`]));
    expectProblem(response, 431);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers a request Node cannot parse (unknown method, bad framing, bare LF) with 400 problem+json', async () => {
    for (const raw of [
      request(['FOO /v1/jobs HTTP/1.1']),
      request(['POST /v1/auth/login HTTP/1.1', 'Content-Length: 2', 'Content-Length: 3'], 'abc'),
      request(['GET /v1/jobs HTTP/1.1', 'Bad Header: x']),
      'GET /v1/jobs HTTP/1.1\nHost: x\n\n',
      'garbage\r\n\r\n',
    ]) {
      expectProblem(await exchangeRaw(env.api.port, raw), 400);
    }
  });

  it('answers an HTTP/2 preface (PRI), which Node drops unanswered, with 400 problem+json', async () => {
    expectProblem(await exchangeRaw(env.api.port, 'PRI /v1/jobs\r\nHost: 127.0.0.1\r\n\r\n'), 400);
    expectProblem(await exchangeRaw(env.api.port, 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'), 400);
  });

  it('answers bad percent-encoding in the path with 400 and an over-long path segment with 414, as problem+json', async () => {
    for (const path of ['/v1/jobs/%zz', '/v1/jobs/%E0%A4%A', '/v1/jobs/%C0%80']) {
      expect(expectProblem(await env.api.http.get(path), 400).detail).toMatch(/percent-encoded/);
    }
    const long = await env.api.http.get(`/v1/jobs/${'a'.repeat(101)}`);
    expectProblem(long, 414);
    expect(long.headers.get('x-request-id')).toBeTruthy();
    expect(long.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('answers a method no route serves with 404 problem+json and CONNECT with 405 problem+json', async () => {
    expectProblem(await env.api.http.request('PROPFIND', '/v1/jobs'), 404);
    expectProblem(await env.api.http.request('DELETE', '/v1/jobs'), 404);
    const connect = await exchangeRaw(env.api.port, request(['CONNECT 127.0.0.1:443 HTTP/1.1']));
    expectProblem(connect, 405);
    expect(connect.headers.allow).toContain('GET');
  });

  it('answers malformed JSON, a bad content type and an OPTIONS that is no preflight as problem+json', async () => {
    const json = { 'content-type': 'application/json' };
    expectProblem(await env.api.http.post('/v1/auth/login', undefined, { rawBody: '{"email": ', headers: json }), 400);
    expectProblem(
      await env.api.http.post('/v1/auth/login', undefined, { rawBody: 'x', headers: { 'content-type': 'application/x-foo' } }),
      415,
    );
    expectProblem(await env.api.http.request('OPTIONS', '/v1/jobs'), 400);
  });

  it('refuses an upload form declared larger than it would read with the 413 error page before reading it (the API refuses multipart itself)', async () => {
    const upload = (path: string, accept: string) =>
      exchangeRaw(
        env.api.port,
        request([
          `POST ${path} HTTP/1.1`,
          `Accept: ${accept}`,
          'Content-Type: multipart/form-data; boundary=x',
          `Content-Length: ${9 * 1024 * 1024}`,
        ]),
      );
    const page = await upload('/me/resume/file', 'text/html');
    expect(page.status).toBe(413);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('<title>');
    expect(page.headers['content-security-policy']).toBeTruthy();
    expectProblem(await upload('/v1/me/resume/file', 'application/json'), 415);
  });
});
