import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { BillingPersonalDataSource } from '@app/billing';
import { createSession, signStripePayload, startTestEnvironment, TestEnvironment } from '@app/testing';

describe('billing without Stripe configuration', () => {
  let env: TestEnvironment;

  before(async () => {
    env = await startTestEnvironment({ worker: true });
  });
  after(() => env.close());

  it('answers 503 problem+json on every billing route', async () => {
    const session = await createSession(env.api);
    const payload = JSON.stringify({ id: 'evt_1', object: 'event', type: 'invoice.paid', data: { object: {} }, livemode: false });
    const responses = [
      await env.api.http.get('/v1/billing/plans'),
      await session.http.post('/v1/billing/checkout'),
      await session.http.post('/v1/billing/sync', {}),
      await session.http.post('/v1/billing/portal'),
      await env.api.http.post('/v1/billing/webhook', undefined, {
        rawBody: payload,
        headers: { 'content-type': 'application/json', 'stripe-signature': signStripePayload(payload, 'whsec_a') },
      }),
    ];
    for (const response of responses) {
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.body.detail).toMatch(/not configured/);
    }
  });

  it('documents the billing routes in the OpenAPI document', async () => {
    const document = await env.api.http.get('/docs/openapi.json');
    for (const path of ['/v1/billing/plans', '/v1/billing/checkout', '/v1/billing/sync', '/v1/billing/portal', '/v1/me/subscription']) {
      expect(document.body.paths[path]).toBeDefined();
    }
  });

  it('keeps the rest of the product working: everyone is Free', async () => {
    const session = await createSession(env.api);
    const summary = await session.http.get('/v1/me/subscription');
    expect(summary.status).toBe(200);
    expect(summary.body).toEqual({ plan: 'free', status: null, currentPeriodEnd: null, cancelAtPeriodEnd: false });
    const me = await session.http.get('/v1/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ plan: 'free', ads: true });
    expect((await env.api.http.get('/health/ready')).status).toBe(200);
    const source = env.api.app.get(BillingPersonalDataSource);
    await env.api.dataSource.transaction((manager) => source.eraseFor(session.user.id, manager)); // nothing to cancel: no Stripe needed
  });
});
