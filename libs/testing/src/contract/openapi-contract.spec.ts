import { after, before, describe, it } from 'node:test';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { expect } from 'expect';
import { HttpClient } from '../http-client';

const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
const DOCUMENT = {
  openapi: '3.0.0',
  info: { title: 'contract fixture', version: '1' },
  paths: {
    '/v1/things/{id}': {
      get: {
        operationId: 'getThing',
        responses: {
          200: { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
          404: { description: 'Not found', content: problem },
        },
      },
    },
    '/v1/things/feed.rss': {
      get: {
        operationId: 'getFeed',
        responses: { 200: { description: 'OK', content: { 'application/rss+xml': { schema: { type: 'string' } } } } },
      },
    },
    '/v1/things': {
      post: {
        operationId: 'createThing',
        responses: {
          201: {
            description: 'Created',
            headers: { Location: { required: true, schema: { type: 'string' } } },
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        required: ['id', 'price', 'size'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          price: { type: 'integer', nullable: true },
          size: { type: 'string', enum: ['s', 'm', null], nullable: true },
          maker: { nullable: true, type: 'object', allOf: [{ $ref: '#/components/schemas/Maker' }] },
        },
      },
      Maker: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
      Problem: { type: 'object', required: ['status'], properties: { status: { type: 'integer' } } },
    },
  },
};

const ID = '6f1c1c3e-8a0e-4f59-9a53-2f8d1b1a7c11';
type Answer = { status: number; type?: string; body?: string; headers?: Record<string, string> };
const json = (status: number, body: unknown, type = 'application/json'): Answer => ({ status, type, body: JSON.stringify(body) });

/** What the fixture server answers, by "METHOD path": the test sets it before each call. */
let answers: Record<string, Answer> = {};

describe('the e2e HTTP client holds every response to the OpenAPI document', () => {
  let server: Server;
  let http: HttpClient;

  before(async () => {
    server = createServer((request, response) => {
      const answer = request.url === '/docs/openapi.json' ? json(200, DOCUMENT) : answers[`${request.method} ${request.url}`];
      if (!answer) return response.writeHead(500).end('no answer set');
      response.writeHead(answer.status, { ...(answer.type ? { 'content-type': answer.type } : {}), ...answer.headers }).end(answer.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    http = new HttpClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('passes responses that keep the contract, nullable fields and a nullable object included', async () => {
    answers = {
      [`GET /v1/things/${ID}`]: json(200, { id: ID, price: null, size: null, maker: null }),
      [`GET /v1/things/${ID}?full=1`]: json(200, { id: ID, price: 5, size: 'm', maker: { name: 'Acme' } }),
      'GET /v1/things/missing': json(404, { status: 404 }, 'application/problem+json'),
    };
    expect((await http.get(`/v1/things/${ID}`)).status).toBe(200);
    expect((await http.get(`/v1/things/${ID}?full=1`)).body.maker).toEqual({ name: 'Acme' });
    expect((await http.get('/v1/things/missing')).status).toBe(404);
  });

  it('fails a body of the wrong shape, naming the operation, the status and the path of the field', async () => {
    answers = { [`GET /v1/things/${ID}`]: json(200, { id: ID, price: '5', size: 'xl', maker: { name: 7 } }) };
    await expect(http.get(`/v1/things/${ID}`)).rejects.toThrow(
      'getThing (GET /v1/things/{id}) answered 200: a body the document refuses: ' +
        '/price must be integer; /size must be equal to one of the allowed values; /maker/name must be string',
    );
  });

  it('fails a field the document does not describe, and a required one missing', async () => {
    answers = { [`GET /v1/things/${ID}`]: json(200, { id: ID, price: 1, colour: 'red' }) };
    await expect(http.get(`/v1/things/${ID}`)).rejects.toThrow(
      "answered 200: a body the document refuses: / must have required property 'size'; / must NOT have additional properties (colour)",
    );
  });

  it('fails a status the operation does not list', async () => {
    answers = { [`GET /v1/things/${ID}`]: json(409, { status: 409 }, 'application/problem+json') };
    await expect(http.get(`/v1/things/${ID}`)).rejects.toThrow(
      'getThing (GET /v1/things/{id}) answered 409, a status the document does not list (200, 404)',
    );
  });

  it('fails an error served as plain JSON instead of application/problem+json', async () => {
    answers = { 'GET /v1/things/missing': json(404, { status: 404 }) };
    await expect(http.get('/v1/things/missing')).rejects.toThrow('answered 404: application/json, not application/problem+json');
  });

  it('fails a response without a header the document requires', async () => {
    answers = { 'POST /v1/things': json(201, { id: ID, price: 1, size: 's' }) };
    await expect(http.post('/v1/things', {})).rejects.toThrow(
      'createThing (POST /v1/things) answered 201: without its required Location header',
    );
    answers['POST /v1/things']!.headers = { location: `/v1/things/${ID}` };
    expect((await http.post('/v1/things', {})).status).toBe(201);
  });

  it('routes a static segment before a parameter, as the server does, and checks no schema of a non-JSON body', async () => {
    answers = { 'GET /v1/things/feed.rss': { status: 200, type: 'application/rss+xml', body: '<rss version="2.0"></rss>' } };
    expect((await http.get('/v1/things/feed.rss')).text).toContain('<rss');
  });

  it('leaves alone whatever is not an operation of the document: pages, other methods, /health', async () => {
    answers = {
      'GET /things': { status: 200, type: 'text/html; charset=utf-8', body: '<h1>Things</h1>' },
      'DELETE /v1/things': json(404, { anything: true }),
      'GET /health/live': json(200, { status: 'ok' }),
    };
    expect((await http.get('/things')).status).toBe(200);
    expect((await http.delete('/v1/things')).status).toBe(404);
    expect((await http.get('/health/live')).body).toEqual({ status: 'ok' });
  });
});
