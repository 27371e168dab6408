import { describe, it } from 'node:test';
import { expect } from 'expect';
import { eventTarget } from './event-target.util';

describe('eventTarget', () => {
  it('takes the subscription id from subscription events', () => {
    expect(eventTarget('customer.subscription.updated', { id: 'sub_1', status: 'active' })).toEqual({
      kind: 'subscription',
      subscriptionId: 'sub_1',
    });
  });

  it('takes the session id from checkout events', () => {
    expect(eventTarget('checkout.session.completed', { id: 'cs_1', subscription: 'sub_1' })).toEqual({
      kind: 'checkout',
      sessionId: 'cs_1',
    });
  });

  it('takes the subscription of an invoice from parent.subscription_details', () => {
    const invoice = { id: 'in_1', attempt_count: 2, parent: { subscription_details: { subscription: 'sub_9' } } };
    expect(eventTarget('invoice.payment_failed', invoice)).toEqual({
      kind: 'invoice',
      subscriptionId: 'sub_9',
      invoiceId: 'in_1',
      attemptCount: 2,
    });
  });

  it('accepts an expanded subscription object on the invoice', () => {
    const invoice = { id: 'in_1', attempt_count: 1, parent: { subscription_details: { subscription: { id: 'sub_9' } } } };
    expect(eventTarget('invoice.paid', invoice)).toMatchObject({ subscriptionId: 'sub_9' });
  });

  it('has no target for an invoice without a subscription or an unknown type', () => {
    expect(eventTarget('invoice.paid', { id: 'in_1', parent: null })).toEqual({ kind: 'none' });
    expect(eventTarget('charge.succeeded', { id: 'ch_1' })).toEqual({ kind: 'none' });
  });
});
