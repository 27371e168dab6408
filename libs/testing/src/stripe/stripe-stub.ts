import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { parseFormBody } from './form-body.util';
import { StripeStubHostedPages } from './stripe-stub-hosted-pages';
import { stubId } from './stripe-stub-objects';
import { notFound, publicSession, StripeStubStore, StubReply, StubRequest } from './stripe-stub-store';

interface Failure {
  method: string;
  path: RegExp;
  status: number;
  remaining: number;
}

type Route = (match: RegExpMatchArray, request: StubRequest) => StubReply;

export interface StripeStubOptions {
  /** Checkout and portal sessions send the browser to the stub's own stand-in pages (see StripeStubHostedPages). */
  hostedPages?: boolean;
}

/**
 * A Stripe-compatible HTTP server on loopback for tests: the real `stripe` SDK talks to it
 * through STRIPE_API_URL. It keeps customers, checkout sessions and subscriptions in memory,
 * replays POSTs by idempotency key like Stripe, records every request, and can be told to
 * answer 500 for the next calls to a path or 404 for a resource. With `hostedPages`, a browser
 * can pay on its Checkout stand-in and open its billing portal stand-in.
 */
export class StripeStub extends StripeStubStore {
  readonly requests: StubRequest[] = [];
  private readonly failures: Failure[] = [];
  private readonly idempotent = new Map<string, StubReply>();
  private readonly pages = new StripeStubHostedPages(this);
  private server?: Server;
  /** `error`: every API call answers 500; `hang`: every API call is held unanswered (the client times out). */
  private outage: 'error' | 'hang' | null = null;

  constructor(private readonly options: StripeStubOptions = {}) {
    super();
  }

  private readonly routes: Array<[string, RegExp, Route]> = [
    ['POST', /^\/v1\/customers$/, (_m, r) => this.createCustomer(r)],
    ['GET', /^\/v1\/customers\/([^/]+)$/, (m) => this.find(this.customers, m[1]!)],
    ['POST', /^\/v1\/checkout\/sessions$/, (_m, r) => this.createSession(r)],
    ['GET', /^\/v1\/checkout\/sessions\/([^/]+)$/, (m) => this.find(this.sessions, m[1]!, publicSession)],
    ['GET', /^\/v1\/subscriptions$/, (_m, r) => this.listSubscriptions(r)],
    ['GET', /^\/v1\/subscriptions\/([^/]+)$/, (m) => this.find(this.subscriptions, m[1]!)],
    ['DELETE', /^\/v1\/subscriptions\/([^/]+)$/, (m) => this.cancelSubscription(m[1]!)],
    ['POST', /^\/v1\/billing_portal\/sessions$/, (_m, r) => this.createPortalSession(r)],
  ];

  get url(): string {
    const port = (this.server?.address() as AddressInfo | null)?.port;
    if (!port) throw new Error('Stripe stub is not listening');
    return `http://127.0.0.1:${port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** The next `times` requests matching method and path answer `status` (default 500). */
  failNext(method: string, path: RegExp, options: { status?: number; times?: number } = {}): void {
    this.failures.push({ method, path, status: options.status ?? 500, remaining: options.times ?? 1 });
  }

  /** Every API call (hosted pages aside) answers 500 (`error`) or never answers (`hang`) until recover(). */
  startOutage(mode: 'error' | 'hang'): void {
    this.outage = mode;
  }

  /** Stops failing injected requests that have not fired yet, and ends an outage. */
  recover(): void {
    this.failures.splice(0);
    this.outage = null;
  }

  protected override hostedPageUrl(page: 'checkout' | 'portal', id: string): string {
    return this.options.hostedPages ? `${this.url}/${page}/${id}` : super.hostedPageUrl(page, id);
  }

  requestsTo(method: string, path: RegExp): StubRequest[] {
    return this.requests.filter((request) => request.method === method && path.test(request.path));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://stub');
    const raw = Buffer.concat(chunks).toString('utf8');
    const request: StubRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: raw ? parseFormBody(raw) : {},
      idempotencyKey: (req.headers['idempotency-key'] as string | undefined) ?? null,
      status: 0,
    };
    this.requests.push(request);
    const hosted = this.options.hostedPages ? this.pages.answer(request.method, request.path) : null;
    if (hosted) {
      request.status = hosted.status;
      if ('location' in hosted) res.writeHead(303, { location: hosted.location }).end();
      else res.writeHead(hosted.status, { 'content-type': 'text/html; charset=utf-8' }).end(hosted.html);
      return;
    }
    if (this.outage === 'hang') {
      request.status = -1; // held: the client gives up; the socket closes with the server
      return;
    }
    const reply =
      this.outage === 'error' ? { status: 500, body: { error: { type: 'api_error', message: 'Outage' } } } : this.answer(request);
    request.status = reply.status;
    res.writeHead(reply.status, { 'content-type': 'application/json', 'request-id': stubId('req') });
    res.end(JSON.stringify(reply.body));
  }

  private answer(request: StubRequest): StubReply {
    const failure = this.failures.find((f) => f.remaining > 0 && f.method === request.method && f.path.test(request.path));
    if (failure) {
      failure.remaining -= 1;
      return { status: failure.status, body: { error: { type: 'api_error', message: 'Injected failure' } } };
    }
    const cacheKey = request.idempotencyKey && request.method === 'POST' ? `${request.path} ${request.idempotencyKey}` : null;
    const replay = cacheKey ? this.idempotent.get(cacheKey) : undefined;
    if (replay) return structuredClone(replay);
    for (const [method, pattern, route] of this.routes) {
      const match = request.method === method ? request.path.match(pattern) : null;
      if (!match) continue;
      const reply = route(match, request);
      if (cacheKey && reply.status < 500) this.idempotent.set(cacheKey, structuredClone(reply));
      return reply;
    }
    return notFound(`Unrecognized request URL (${request.method}: ${request.path})`);
  }
}
