import { buildSubscription, nowSeconds, patchSubscription, StubObject, stubId, StubSubscriptionInput } from './stripe-stub-objects';

export interface StubRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: Record<string, any>;
  idempotencyKey: string | null;
  status: number;
}

export interface StubReply {
  status: number;
  body: unknown;
}

/** The in-memory Stripe objects behind the stub, and the operations its routes perform on them. */
export class StripeStubStore {
  readonly customers = new Map<string, StubObject>();
  readonly sessions = new Map<string, StubObject>();
  readonly subscriptions = new Map<string, StubObject>();
  readonly portalSessions = new Map<string, StubObject>();
  protected readonly missing = new Set<string>();

  /** Where a browser is sent for a hosted page (Checkout, the portal): Stripe's hosts unless the stub serves them. */
  protected hostedPageUrl(page: 'checkout' | 'portal', id: string): string {
    return page === 'checkout' ? `https://checkout.stripe.test/c/pay/${id}` : `https://billing.stripe.test/p/session/${id}`;
  }

  /** Makes every read of this object id answer 404 resource_missing (or stop doing so). */
  setMissing(id: string, missing = true): void {
    if (missing) this.missing.add(id);
    else this.missing.delete(id);
  }

  createCustomerDirectly(email: string): StubObject {
    const customer = { id: stubId('cus'), object: 'customer', email, metadata: {}, created: nowSeconds(), livemode: false };
    this.customers.set(customer.id, customer);
    return customer;
  }

  createSubscription(input: StubSubscriptionInput): StubObject {
    const subscription = buildSubscription(input);
    this.subscriptions.set(subscription.id, subscription);
    return structuredClone(subscription);
  }

  updateSubscription(id: string, patch: Partial<StubSubscriptionInput>): StubObject {
    const subscription = this.subscriptions.get(id);
    if (!subscription) throw new Error(`no stub subscription ${id}`);
    patchSubscription(subscription, patch);
    return structuredClone(subscription);
  }

  subscription(id: string): StubObject {
    return structuredClone(this.subscriptions.get(id)!);
  }

  /** A session made outside this app (a Payment Link, the dashboard) for a customer it may not know yet. */
  createCheckoutSessionDirectly(input: { customer: string; clientReferenceId: string | null; price?: string }): StubObject {
    const reply = this.createSession({
      method: 'POST',
      path: '/v1/checkout/sessions',
      query: {},
      body: {
        mode: 'subscription',
        customer: input.customer,
        client_reference_id: input.clientReferenceId ?? undefined,
        line_items: [{ price: input.price ?? 'price_plus', quantity: '1' }],
        success_url: 'https://example.test/done',
      },
      idempotencyKey: null,
      status: 200,
    });
    return reply.body as StubObject;
  }

  /** What Stripe does when the customer pays on the hosted page: a subscription on the session's customer. */
  completeCheckout(sessionId: string, input: Partial<StubSubscriptionInput> & { paymentStatus?: string } = {}): StubObject {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error(`no stub checkout session ${sessionId}`);
    const subscription = this.createSubscription({
      customer: session.customer,
      price: session.line_items?.[0]?.price,
      metadata: session.subscription_data?.metadata ?? {},
      ...input,
    });
    Object.assign(session, {
      status: 'complete',
      subscription: subscription.id,
      payment_status: input.paymentStatus ?? (subscription.status === 'active' ? 'paid' : 'unpaid'),
    });
    return publicSession(session);
  }

  sessionsOf(customer: string): StubObject[] {
    return [...this.sessions.values()].filter((session) => session.customer === customer).map(publicSession);
  }

  protected find(store: Map<string, StubObject>, id: string, view: (o: StubObject) => StubObject = structuredClone): StubReply {
    const found = store.get(id);
    if (!found || this.missing.has(id)) return notFound(`No such object: '${id}'`);
    return { status: 200, body: view(found) };
  }

  protected createCustomer(request: StubRequest): StubReply {
    const customer = this.createCustomerDirectly(request.body.email ?? '');
    customer.metadata = request.body.metadata ?? {};
    return { status: 200, body: structuredClone(customer) };
  }

  protected createSession(request: StubRequest): StubReply {
    const id = stubId('cs_test');
    const session = {
      id,
      object: 'checkout.session',
      mode: request.body.mode,
      customer: request.body.customer ?? null,
      client_reference_id: request.body.client_reference_id ?? null,
      success_url: request.body.success_url,
      cancel_url: request.body.cancel_url ?? null,
      metadata: request.body.metadata ?? {},
      status: 'open',
      payment_status: 'unpaid',
      subscription: null,
      livemode: false,
      url: this.hostedPageUrl('checkout', id),
      line_items: request.body.line_items,
      subscription_data: request.body.subscription_data,
    };
    this.sessions.set(id, session);
    return { status: 200, body: publicSession(session) };
  }

  protected listSubscriptions(request: StubRequest): StubReply {
    const status = request.query.status ?? 'active';
    const data = [...this.subscriptions.values()]
      .filter((s) => !request.query.customer || s.customer === request.query.customer)
      .filter((s) => !request.query.price || s.items.data[0].price.id === request.query.price)
      .filter((s) => (status === 'all' ? true : s.status === status))
      .filter((s) => !this.missing.has(s.id));
    return { status: 200, body: { object: 'list', data: structuredClone(data), has_more: false, url: '/v1/subscriptions' } };
  }

  protected cancelSubscription(id: string): StubReply {
    const subscription = this.subscriptions.get(id);
    if (!subscription || this.missing.has(id)) return notFound(`No such subscription: '${id}'`);
    patchSubscription(subscription, { status: 'canceled' });
    return { status: 200, body: structuredClone(subscription) };
  }

  protected createPortalSession(request: StubRequest): StubReply {
    if (!this.customers.has(request.body.customer)) return notFound(`No such customer: '${request.body.customer}'`);
    const id = stubId('bps');
    const session = {
      id,
      object: 'billing_portal.session',
      customer: request.body.customer,
      return_url: request.body.return_url ?? null,
      url: this.hostedPageUrl('portal', id),
      livemode: false,
    };
    this.portalSessions.set(id, session);
    return { status: 200, body: structuredClone(session) };
  }
}

export function notFound(message: string): StubReply {
  return { status: 404, body: { error: { type: 'invalid_request_error', code: 'resource_missing', message } } };
}

export function publicSession(session: StubObject): StubObject {
  const { line_items: _lineItems, subscription_data: _subscriptionData, ...visible } = session;
  return structuredClone(visible);
}
