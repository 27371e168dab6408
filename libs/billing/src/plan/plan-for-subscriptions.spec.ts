import { describe, it } from 'node:test';
import { expect } from 'expect';
import { planForSubscriptions } from './plan-for-subscriptions.util';
import { PlanInput, PlanRules } from './subscription-state';

const now = new Date('2030-06-15T12:00:00Z');
const later = new Date('2030-07-15T12:00:00Z');
const earlier = new Date('2030-06-01T12:00:00Z');
const rules: PlanRules = { plusPriceId: 'price_plus', pastDueGrantsPlus: true };

function sub(overrides: Partial<PlanInput> = {}): PlanInput {
  return { status: 'active', priceId: 'price_plus', cancelAtPeriodEnd: false, cancelAt: null, currentPeriodEnd: later, ...overrides };
}

describe('planForSubscriptions', () => {
  it('is free without any subscription', () => {
    expect(planForSubscriptions([], rules, now)).toBe('free');
  });

  for (const status of ['active', 'trialing']) {
    it(`is plus while the Plus subscription is ${status}`, () => {
      expect(planForSubscriptions([sub({ status })], rules, now)).toBe('plus');
    });
  }

  for (const status of ['incomplete', 'incomplete_expired', 'unpaid', 'canceled', 'paused', 'something_new']) {
    it(`is free when the only subscription is ${status}`, () => {
      expect(planForSubscriptions([sub({ status })], rules, now)).toBe('free');
    });
  }

  it('keeps plus while past_due when the flag is on, and not when it is off', () => {
    expect(planForSubscriptions([sub({ status: 'past_due' })], rules, now)).toBe('plus');
    expect(planForSubscriptions([sub({ status: 'past_due' })], { ...rules, pastDueGrantsPlus: false }, now)).toBe('free');
  });

  it('is free for a price other than the Plus price', () => {
    expect(planForSubscriptions([sub({ priceId: 'price_other' })], rules, now)).toBe('free');
    expect(planForSubscriptions([sub({ priceId: null })], rules, now)).toBe('free');
  });

  it('is free for everyone when billing is not configured', () => {
    expect(planForSubscriptions([sub()], { ...rules, plusPriceId: null }, now)).toBe('free');
  });

  it('keeps plus with cancel_at_period_end until the period ends, then not', () => {
    expect(planForSubscriptions([sub({ cancelAtPeriodEnd: true })], rules, now)).toBe('plus');
    expect(planForSubscriptions([sub({ cancelAtPeriodEnd: true, currentPeriodEnd: earlier })], rules, now)).toBe('free');
  });

  it('keeps plus until a scheduled cancel_at is reached', () => {
    expect(planForSubscriptions([sub({ cancelAt: later })], rules, now)).toBe('plus');
    expect(planForSubscriptions([sub({ cancelAt: earlier })], rules, now)).toBe('free');
  });

  it('is plus when any of several subscriptions grants it', () => {
    expect(planForSubscriptions([sub({ status: 'canceled' }), sub({ status: 'active' })], rules, now)).toBe('plus');
  });
});
