import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { BillingReconcileService } from '@app/billing';
import { QueueName } from '@app/queue';
import {
  buildStripeEvent,
  createSession,
  HttpResponse,
  Session,
  signStripePayload,
  SmtpSink,
  StripeStub,
  startTestEnvironment,
  StubObject,
  TestEnvironment,
} from '@app/testing';

/** One test file's billing world: the real API and worker, a local Stripe and an SMTP sink. */
export interface BillingWorld {
  env: TestEnvironment;
  stub: StripeStub;
  sink: SmtpSink;
  close(): Promise<void>;
}

export function stripeEnv(stub: StripeStub, sink: SmtpSink, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    STRIPE_SECRET_KEY: 'sk_test_x',
    STRIPE_WEBHOOK_SECRET: 'whsec_a,whsec_b',
    STRIPE_PRICE_PLUS: 'price_plus',
    STRIPE_API_URL: stub.url,
    SMTP_URL: sink.url,
    ...overrides,
  };
}

/** `site`: served at APP_URL with the stub's Checkout and portal stand-in pages, for browser journeys. */
export async function startBillingWorld(overrides: Record<string, string> = {}, options: { site?: boolean } = {}): Promise<BillingWorld> {
  const stub = await new StripeStub({ hostedPages: options.site }).start();
  const sink = await new SmtpSink().start();
  const env = await startTestEnvironment({ worker: true, site: options.site, env: stripeEnv(stub, sink, overrides) });
  return {
    env,
    stub,
    sink,
    close: async () => {
      await env.close();
      await stub.stop();
      await sink.stop();
    },
  };
}

export interface DeliverOptions {
  secrets?: string[];
  timestamp?: number;
  signature?: string | null;
  body?: string;
}

/** Posts an event to the webhook as Stripe does: raw JSON body, real signature. */
export function deliver(
  world: Pick<BillingWorld, 'env'>,
  event: Record<string, unknown>,
  options: DeliverOptions = {},
): Promise<HttpResponse> {
  const payload = JSON.stringify(event);
  const signature =
    options.signature === undefined ? signStripePayload(payload, options.secrets ?? ['whsec_a'], options.timestamp) : options.signature;
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (signature !== null) headers['stripe-signature'] = signature;
  return world.env.api.http.post('/v1/billing/webhook', undefined, { rawBody: options.body ?? payload, headers });
}

export interface EventRow {
  status: string;
  attempts: number;
  last_error: string | null;
}

export async function eventRow(world: BillingWorld, id: string): Promise<EventRow | undefined> {
  const rows: EventRow[] = await world.env.api.dataSource.query('SELECT status, attempts, last_error FROM stripe_events WHERE id = $1', [
    id,
  ]);
  return rows[0];
}

export async function countEvents(world: BillingWorld, id: string): Promise<number> {
  const rows: Array<{ n: number }> = await world.env.api.dataSource.query('SELECT count(*)::int AS n FROM stripe_events WHERE id = $1', [
    id,
  ]);
  return rows[0]!.n;
}

/** Polls the inbox row until it reaches one of the statuses. */
export async function waitForEvent(
  world: BillingWorld,
  id: string,
  statuses: string[] = ['processed'],
  timeoutMs = 20_000,
): Promise<EventRow> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await eventRow(world, id);
    if (row && statuses.includes(row.status)) return row;
    if (Date.now() > deadline) throw new Error(`event ${id} did not reach ${statuses.join('|')} (now ${JSON.stringify(row)})`);
    await sleep(50);
  }
}

/** Delivers an event about `object` and waits until the worker is done with it. */
export async function deliverAndWait(
  world: BillingWorld,
  type: string,
  object: StubObject,
  statuses: string[] = ['processed'],
): Promise<{ id: string; row: EventRow }> {
  const event = buildStripeEvent({ type, object });
  const response = await deliver(world, event);
  if (response.status !== 200) throw new Error(`webhook answered ${response.status}: ${response.text}`);
  const id = event.id as string;
  return { id, row: await waitForEvent(world, id, statuses) };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function billingQueue(world: BillingWorld): Queue {
  return world.env.api.app.get<Queue>(getQueueToken(QueueName.Billing));
}

export function reconciler(world: BillingWorld): BillingReconcileService {
  return world.env.worker!.get(BillingReconcileService);
}

/** A seeker who started a checkout: their Stripe customer exists and is linked. */
export async function customerWithCheckout(
  world: BillingWorld,
): Promise<{ session: Session; customerId: string; checkoutSessionId: string }> {
  const session = await createSession(world.env.api);
  const response = await session.http.post('/v1/billing/checkout');
  if (response.status !== 200) throw new Error(`checkout answered ${response.status}: ${response.text}`);
  const customerId = await customerIdOf(world, session.user.id);
  const checkoutSessionId = world.stub.sessionsOf(customerId!).at(-1)!.id as string;
  return { session, customerId: customerId!, checkoutSessionId };
}

/** A seeker who paid on Checkout and whose `checkout.session.completed` was processed. */
export async function subscribedSeeker(
  world: BillingWorld,
  status = 'active',
): Promise<{ session: Session; customerId: string; subscriptionId: string; checkoutSessionId: string }> {
  const { session, customerId, checkoutSessionId } = await customerWithCheckout(world);
  const completed = world.stub.completeCheckout(checkoutSessionId, { status });
  await deliverAndWait(world, 'checkout.session.completed', completed);
  return { session, customerId, subscriptionId: completed.subscription as string, checkoutSessionId };
}

export async function customerIdOf(world: BillingWorld, userId: string): Promise<string | null> {
  const rows: Array<{ stripe_customer_id: string | null }> = await world.env.api.dataSource.query(
    'SELECT stripe_customer_id FROM billing_customers WHERE user_id = $1',
    [userId],
  );
  return rows[0]?.stripe_customer_id ?? null;
}

export interface SubscriptionRow {
  stripe_subscription_id: string;
  status: string;
  price_id: string | null;
  cancel_at_period_end: boolean;
  current_period_end: Date | null;
  updated_at: Date;
}

export async function subscriptionRows(world: BillingWorld, stripeSubscriptionId: string): Promise<SubscriptionRow[]> {
  return world.env.api.dataSource.query('SELECT * FROM subscriptions WHERE stripe_subscription_id = $1', [stripeSubscriptionId]);
}

export async function summaryOf(session: Session): Promise<Record<string, any>> {
  const response = await session.http.get('/v1/me/subscription');
  if (response.status !== 200) throw new Error(`/v1/me/subscription answered ${response.status}: ${response.text}`);
  return response.body;
}

export const inDays = (days: number): number => Math.floor(Date.now() / 1000) + days * 24 * 3600;
