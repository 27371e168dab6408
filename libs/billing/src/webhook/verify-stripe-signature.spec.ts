import { describe, it } from 'node:test';
import { expect } from 'expect';
import Stripe from 'stripe';
import { verifyStripeSignature } from './verify-stripe-signature.util';

const payload = JSON.stringify({ id: 'evt_1', object: 'event', type: 'invoice.paid', data: { object: {} }, livemode: false });
const body = Buffer.from(payload);
const now = 1_900_000_000;

function header(secrets: string[], timestamp = now): string {
  const parts = secrets.map((secret) => Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp }).split(',')[1]!);
  return [`t=${timestamp}`, ...parts].join(',');
}

describe('verifyStripeSignature', () => {
  it('accepts a signature from any configured secret', () => {
    expect(verifyStripeSignature(body, header(['whsec_new']), ['whsec_old', 'whsec_new'], now * 1000)?.id).toBe('evt_1');
    expect(verifyStripeSignature(body, header(['whsec_old']), ['whsec_old', 'whsec_new'], now * 1000)?.id).toBe('evt_1');
  });

  it('accepts a header signed with old and new secrets when either one alone is configured', () => {
    const both = header(['whsec_old', 'whsec_new']);
    expect(verifyStripeSignature(body, both, ['whsec_old'], now * 1000)?.id).toBe('evt_1');
    expect(verifyStripeSignature(body, both, ['whsec_new'], now * 1000)?.id).toBe('evt_1');
  });

  it('refuses a wrong secret, a tampered body and a missing header', () => {
    expect(verifyStripeSignature(body, header(['whsec_other']), ['whsec_old'], now * 1000)).toBeNull();
    expect(
      verifyStripeSignature(Buffer.from(payload.replace('evt_1', 'evt_2')), header(['whsec_old']), ['whsec_old'], now * 1000),
    ).toBeNull();
    expect(verifyStripeSignature(body, undefined, ['whsec_old'], now * 1000)).toBeNull();
  });

  it('accepts a timestamp 299 s old and refuses 301 s', () => {
    expect(verifyStripeSignature(body, header(['whsec_old'], now - 299), ['whsec_old'], now * 1000)).not.toBeNull();
    expect(verifyStripeSignature(body, header(['whsec_old'], now - 301), ['whsec_old'], now * 1000)).toBeNull();
  });
});
