import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { buildStripeEvent, createSession, HttpResponse, Session, sleep } from '@app/testing';
import {
  BillingWorld,
  customerWithCheckout,
  deliver,
  eventRow,
  reconciler,
  startBillingWorld,
  subscribedSeeker,
  summaryOf,
  waitForEvent,
} from '../../e2e/billing/billing-test-kit';

const ERROR_MS = 10_000;
const HANG_MS = 12_000;

/*
 * Stripe answers 500 for 10 s, then holds every call unanswered for 12 s, then recovers. Webhooks keep arriving
 * meanwhile (they need no call to Stripe to be stored); one cancellation's webhook is never delivered at all.
 */
describe('Stripe answering 500, then timing out, then back', () => {
  let world: BillingWorld;

  before(async () => {
    world = await startBillingWorld();
  });
  after(() => world?.close());

  it(
    'keeps webhook events stored and processes each once Stripe answers; checkout is a prompt 503 meanwhile; the reconcile repairs a missed event',
    { timeout: 240_000 },
    async () => {
      const cancelled = await subscribedSeeker(world);
      const paying = await customerWithCheckout(world);
      const shopper = await createSession(world.env.api);
      const completed = world.stub.completeCheckout(paying.checkoutSessionId);
      const checkouts: Array<{ phase: string; status: number; ms: number; type: string }> = [];
      const checkout = async (phase: string, who: Session = shopper) => {
        const started = Date.now();
        const response: HttpResponse = await who.http.post('/v1/billing/checkout');
        checkouts.push({ phase, status: response.status, ms: Date.now() - started, type: response.headers.get('content-type') ?? '' });
      };

      world.stub.startOutage('error');
      const errorFrom = Date.now();
      // The seeker who paid: Stripe's webhook arrives while Stripe's API fails.
      const paid = buildStripeEvent({ type: 'checkout.session.completed', object: completed });
      const webhooks = [await deliver(world, paid)];
      // The other seeker cancels at Stripe; that webhook is lost (never delivered).
      world.stub.updateSubscription(cancelled.subscriptionId, { status: 'canceled' });
      while (Date.now() - errorFrom < ERROR_MS) {
        await checkout('500');
        await sleep(500);
      }
      const failedMeanwhile = await eventRow(world, paid.id as string);

      world.stub.startOutage('hang');
      const hangFrom = Date.now();
      const renewed = buildStripeEvent({
        type: 'customer.subscription.updated',
        object: world.stub.subscription(completed.subscription as string),
      });
      webhooks.push(await deliver(world, renewed));
      while (Date.now() - hangFrom < HANG_MS) await checkout('hang');

      world.stub.recover();
      const recoveredAt = Date.now();
      const processed = await waitForEvent(world, paid.id as string, ['processed'], 120_000);
      const renewedRow = await waitForEvent(world, renewed.id as string, ['processed'], 120_000);
      const processedWithinMs = Date.now() - recoveredAt;
      await checkout('after');
      const stillPlus = await summaryOf(cancelled.session);
      const report = await reconciler(world).reconcile();
      const repaired = await summaryOf(cancelled.session);

      const figures = {
        outageSeconds: { error: ERROR_MS / 1000, hang: HANG_MS / 1000 },
        checkoutsDuringOutage: checkouts.filter((c) => c.phase !== 'after').length,
        checkout503s: checkouts.filter((c) => c.phase !== 'after' && c.status === 503).length,
        slowestCheckoutMs: { error: maxMs(checkouts, '500'), hang: maxMs(checkouts, 'hang') },
        webhooksDuringOutage: webhooks.map((w) => w.status),
        paidEventWhileFailing: failedMeanwhile,
        attemptsUntilProcessed: processed.attempts,
        processedWithinMsOfRecovery: processedWithinMs,
        checkoutAfter: checkouts.at(-1)!.status,
        reconcile: report,
      };
      console.log(`stripe outage figures ${JSON.stringify(figures)}`);

      // Webhooks need no Stripe call: answered 200 and stored at once.
      expect(webhooks.map((w) => w.status)).toEqual([200, 200]);
      expect(failedMeanwhile).toMatchObject({ status: 'failed' });
      expect(failedMeanwhile!.last_error).toBeTruthy();
      // Checkout: a 503 problem+json, within the interactive budget, during both kinds of outage; 200 after.
      const during = checkouts.filter((c) => c.phase !== 'after');
      expect(during.length).toBeGreaterThan(2);
      expect(during.filter((c) => c.status !== 503 || !c.type.includes('application/problem+json'))).toEqual([]);
      expect(maxMs(checkouts, 'hang')).toBeLessThan(15_000);
      expect(figures.checkoutAfter).toBe(200);
      // Processed once Stripe answered, each exactly once, and the error cleared.
      expect(processed.attempts).toBeGreaterThan(1);
      expect(processed.last_error).toBeNull();
      expect(renewedRow.status).toBe('processed');
      expect(await summaryOf(paying.session)).toMatchObject({ plan: 'plus', status: 'active' });
      const [{ n }] = await world.env.api.dataSource.query(`SELECT count(*)::int AS n FROM stripe_events WHERE id = ANY($1)`, [
        [paid.id, renewed.id],
      ]);
      expect(n).toBe(2);
      // The missed cancellation: still Plus until the reconcile re-reads Stripe, Free after.
      expect(stillPlus).toMatchObject({ plan: 'plus' });
      expect(report.changed).toBeGreaterThanOrEqual(1);
      expect(report.failed).toBe(0);
      expect(repaired).toMatchObject({ plan: 'free', status: 'canceled' });
    },
  );
});

function maxMs(checkouts: Array<{ phase: string; ms: number }>, phase: string): number {
  return Math.max(0, ...checkouts.filter((c) => c.phase === phase).map((c) => c.ms));
}
