import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { compileErrors, validate } from '@readme/openapi-parser';
import { startTestEnvironment, TestEnvironment } from '@app/testing';

describe('HTTP conventions', () => {
  let env: TestEnvironment;

  before(async () => {
    env = await startTestEnvironment();
  });
  after(() => env.close());

  it('answers an unknown route with 404 problem+json', async () => {
    const response = await env.api.http.get('/v1/nope');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 404, title: 'Not Found', type: expect.any(String), detail: expect.any(String) });
  });

  it('answers malformed JSON with 400 problem+json describing the problem', async () => {
    const response = await env.api.http.post('/health/live', undefined, {
      rawBody: '{"email": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body.detail).toMatch(/json/i);
  });

  it('refuses a 3 MB body with 413 problem+json', async () => {
    const big = JSON.stringify({ data: 'x'.repeat(3 * 1024 * 1024) });
    const response = await env.api.http.post('/v1/nope', undefined, { rawBody: big, headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ status: 413 });
  });

  it('sets a request id and helmet headers on every response', async () => {
    const response = await env.api.http.get('/health/live');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const missing = await env.api.http.get('/v1/nope');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
    expect(missing.headers.get('strict-transport-security')).toContain('max-age=');
    const echoed = await env.api.http.get('/health/live', { headers: { 'x-request-id': 'trace-abc.123' } });
    expect(echoed.headers.get('x-request-id')).toBe('trace-abc.123');
  });

  it('serves a valid OpenAPI 3 document and the Swagger UI', async () => {
    const document = await env.api.http.get('/docs/openapi.json');
    expect(document.status).toBe(200);
    expect(document.body.openapi).toMatch(/^3\./);
    expect(document.body.paths['/v1/jobs']).toBeDefined();
    expect(document.body.paths['/health/ready']).toBeUndefined(); // probes for orchestrators, like /metrics
    const result = await validate(structuredClone(document.body));
    if (!result.valid) throw new Error(compileErrors(result));
    expect(result.valid).toBe(true);
    const ui = await env.api.http.get('/docs');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger');
  });

  it('reports readiness of Postgres and Redis', async () => {
    const response = await env.api.http.get('/health/ready');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', checks: { postgres: 'up', redis: 'up' } });
  });

  it('exposes Prometheus metrics with the request histogram and queue depths', async () => {
    await env.api.http.get('/health/live');
    const response = await env.api.http.get('/metrics');
    expect(response.status).toBe(200);
    expect(response.text).toContain('http_request_duration_seconds_bucket{');
    expect(response.text).toMatch(/route="\/health\/live",method="GET",status="200"|method="GET",.*route="\/health\/live"/);
    expect(response.text).toContain('queue_jobs{queue="mail",state="waiting"}');
  });
});
