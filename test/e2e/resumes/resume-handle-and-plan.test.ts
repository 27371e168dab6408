import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { createSession, Session } from '@app/testing';
import { BillingWorld, customerIdOf, deliverAndWait, startBillingWorld, subscribedSeeker } from '../billing/billing-test-kit';
import { saveResume } from './resumes-test-kit';

/** Checkout again for a seeker who already has a Stripe customer, completed and processed as Stripe would. */
async function upgradeAgain(world: BillingWorld, session: Session): Promise<string> {
  const checkout = await session.http.post('/v1/billing/checkout');
  if (checkout.status !== 200) throw new Error(`checkout answered ${checkout.status}: ${checkout.text}`);
  const customerId = (await customerIdOf(world, session.user.id))!;
  const completed = world.stub.completeCheckout(world.stub.sessionsOf(customerId).at(-1)!.id as string, { status: 'active' });
  await deliverAndWait(world, 'checkout.session.completed', completed);
  return completed.subscription as string;
}

describe('the custom resume URL and the featured resume (Plus)', () => {
  let world: BillingWorld;

  before(async () => {
    world = await startBillingWorld();
  });
  after(() => world?.close());

  const pageStatus = async (path: string) => (await fetch(`${world.env.api.http.baseUrl}${path}`)).status;

  it('refuses a handle to Free with 403 naming Plus', async () => {
    const free = await createSession(world.env.api);
    await saveResume(free);
    const response = await free.http.put('/v1/me/resume/handle', { handle: 'free-person' });
    expect(response.status).toBe(403);
    expect(response.body.detail).toContain('Plus');
    expect((await free.http.get('/v1/me/resume')).body.handle).toBeNull();
  });

  it('gives Plus the handle: /v1/resumes/:handle and /r/:handle answer; taken in another case 409, reserved 422, malformed 400', async () => {
    const { session: ada } = await subscribedSeeker(world);
    const resume = await saveResume(ada, { headline: 'Analytical engines' });
    const claimed = await ada.http.put('/v1/me/resume/handle', { handle: 'Ada-Lovelace' });
    expect(claimed.status).toBe(200);
    expect(claimed.body).toMatchObject({ handle: 'Ada-Lovelace', handleActive: true, featured: true });

    for (const spelling of ['Ada-Lovelace', 'ada-lovelace']) {
      const read = await world.env.api.http.get(`/v1/resumes/${spelling}`);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ id: resume.id, handle: 'Ada-Lovelace', featured: true });
    }
    expect(await pageStatus('/r/ada-lovelace')).toBe(200);
    expect((await ada.http.put('/v1/me/resume/handle', { handle: 'Ada-Lovelace' })).status).toBe(200);

    const { session: rival } = await subscribedSeeker(world);
    await saveResume(rival);
    const taken = await rival.http.put('/v1/me/resume/handle', { handle: 'ADA-LOVELACE' });
    expect(taken.status).toBe(409);
    for (const reserved of ['admin', 'API', 'me', 'talent', 'login', 'new']) {
      const response = await rival.http.put('/v1/me/resume/handle', { handle: reserved });
      expect({ reserved, status: response.status }).toEqual({ reserved, status: 422 });
    }
    for (const malformed of ['ab', 'a'.repeat(31), 'has space', 'dots.not.ok', 'ümlaut', '']) {
      const response = await rival.http.put('/v1/me/resume/handle', { handle: malformed });
      expect({ malformed, status: response.status }).toEqual({ malformed, status: 400 });
    }
    expect((await rival.http.put('/v1/me/resume/handle', { handle: 'x-1', extra: true })).status).toBe(400);
    expect((await rival.http.get('/v1/me/resume')).body.handle).toBeNull();
  });

  it('lets exactly one of two concurrent claims of one handle win', async () => {
    const claimants = await Promise.all([subscribedSeeker(world), subscribedSeeker(world)]);
    await Promise.all(claimants.map(({ session }) => saveResume(session)));
    for (let round = 0; round < 3; round++) {
      const handle = `race-${round}-${Date.now()}`;
      const answers = await Promise.all(claimants.map(({ session }) => session.http.put('/v1/me/resume/handle', { handle })));
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    }
  });

  it('pins Plus resumes first as featured; a subscription.deleted unfeatures and stops the handle at once, upgrading restores both', async () => {
    const free = await createSession(world.env.api, { name: 'Free Walrus' });
    const { session: plus, subscriptionId } = await subscribedSeeker(world);
    await saveResume(plus, { headline: 'Walrus whisperer (Plus)' });
    await plus.http.put('/v1/me/resume/handle', { handle: 'walrus-plus' });
    await saveResume(free, { headline: 'Walrus whisperer (Free)' });

    const order = async () =>
      (await world.env.api.http.get('/v1/talent?q=walrus')).body.items.map(
        (item: { headline: string; featured: boolean; handle: string | null }) => [item.headline, item.featured, item.handle],
      );
    // The Free resume is the newer one, yet the Plus one is pinned first.
    expect(await order()).toEqual([
      ['Walrus whisperer (Plus)', true, 'walrus-plus'],
      ['Walrus whisperer (Free)', false, null],
    ]);

    const canceled = world.stub.updateSubscription(subscriptionId, { status: 'canceled' });
    await deliverAndWait(world, 'customer.subscription.deleted', canceled);
    expect((await world.env.api.http.get('/v1/resumes/walrus-plus')).status).toBe(404);
    expect(await pageStatus('/r/walrus-plus')).toBe(404);
    expect(await order()).toEqual([
      ['Walrus whisperer (Free)', false, null],
      ['Walrus whisperer (Plus)', false, null],
    ]);
    const kept = (await plus.http.get('/v1/me/resume')).body;
    expect(kept).toMatchObject({ handle: 'walrus-plus', handleActive: false, featured: false });
    expect((await plus.http.get('/v1/me/export')).body.sections.resume).toMatchObject({
      resume: { handle: 'walrus-plus', handleActive: false },
      handle: 'walrus-plus',
    });
    expect((await world.env.api.http.get(`/v1/resumes/${kept.id}`)).status).toBe(200);

    await upgradeAgain(world, plus);
    expect((await world.env.api.http.get('/v1/resumes/walrus-plus')).status).toBe(200);
    expect(await pageStatus('/r/walrus-plus')).toBe(200);
    expect((await order())[0]).toEqual(['Walrus whisperer (Plus)', true, 'walrus-plus']);
  });
});
