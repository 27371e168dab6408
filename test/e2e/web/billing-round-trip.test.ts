import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { Browser, BrowserContext } from 'playwright-core';
import { AccessTokenService, User } from '@app/accounts';
import {
  buildInvoice,
  createJobListing,
  decodeMailText,
  horizontalOverflow,
  launchBrowser,
  newBrowserContext,
  seriousAxeViolations,
  signInBrowser,
  signInBrowserAs,
  TestEnvironment,
} from '@app/testing';
import { BillingWorld, deliverAndWait, startBillingWorld, subscribedSeeker } from '../billing/billing-test-kit';

/** The Stripe round trip in a browser, against the local Stripe's stand-in Checkout and portal pages. */
describe('billing pages and the Stripe round trip', () => {
  let world: BillingWorld;
  let env: TestEnvironment;
  let browser: Browser;
  let base: string;
  let listingPath: string;

  before(async () => {
    world = await startBillingWorld({}, { site: true });
    env = world.env;
    base = env.config.http.appUrl;
    browser = await launchBrowser();
    listingPath = `/jobs/${(await createJobListing(env.api.dataSource)).slug}`;
  });

  after(async () => {
    await browser?.close();
    await world?.close();
  });

  const browserOnStripe = () => newBrowserContext(browser, base, {}, [world.stub.url]);
  const stripeEvents = async (): Promise<number> => (await env.api.dataSource.query('SELECT count(*)::int AS n FROM stripe_events'))[0].n;
  const apiAs = (user: Pick<User, 'id' | 'email' | 'role'>) => env.api.http.withToken(new AccessTokenService(env.config).sign(user));

  async function freeSeekerOnBilling(): Promise<{
    context: BrowserContext;
    user: User;
    page: Awaited<ReturnType<BrowserContext['newPage']>>;
  }> {
    const { context } = await browserOnStripe();
    const user = await signInBrowser(env.api, context);
    const page = await context.newPage();
    await page.goto('/billing');
    return { context, user, page };
  }

  it('upgrades through the Checkout stand-in and lands on Plus at once, with no webhook', async () => {
    const eventsBefore = await stripeEvents();
    const { context, user, page } = await freeSeekerOnBilling();
    await expect(page.getByRole('heading', { name: 'Your plan: Free' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Upgrade to Plus' }).click();
    await page.waitForURL(new RegExp(`^${world.stub.url}/checkout/cs_test_`));
    await expect(page.getByRole('heading', { name: 'Checkout' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.waitForURL(new RegExp(`^${base}/billing/success\\?session_id=cs_test_[0-9a-f]+$`));

    await expect(page.getByRole('status').innerText()).resolves.toBe('Plus is active. Thank you!');
    await expect(page.getByRole('heading', { name: 'Your plan: Plus' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('main').innerText()).resolves.toMatch(/Subscription\s+Active[\s\S]*Renews on/);
    await expect(page.getByRole('button', { name: 'Manage billing' }).count()).resolves.toBe(1);
    const me = await apiAs(user).get('/v1/me');
    expect(me.body).toMatchObject({ plan: 'plus', ads: false });
    expect(await stripeEvents()).toBe(eventsBefore);

    expect({ violations: await seriousAxeViolations(page) }).toEqual({ violations: [] });
    await page.setViewportSize({ width: 375, height: 740 });
    expect(await horizontalOverflow(page)).toBe(0);
    await page.goto(listingPath);
    await expect(page.getByRole('complementary', { name: 'Advertisement' }).count()).resolves.toBe(0);
    await context.close();
  });

  it('opens the billing portal stand-in from "Manage billing", which returns to /billing', async () => {
    const { context, page } = await freeSeekerOnBilling();
    await page.getByRole('button', { name: 'Upgrade to Plus' }).click();
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.waitForURL(/\/billing\/success\?/);
    await page.getByRole('button', { name: 'Manage billing' }).click();
    await page.waitForURL(new RegExp(`^${world.stub.url}/portal/bps_`));
    await expect(page.getByRole('heading', { name: 'Billing portal' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Cancel plan' }).click();
    await page.getByRole('link', { name: 'Return to the site' }).click();
    await page.waitForURL(`${base}/billing`);
    // The portal changed the subscription at Stripe; the page shows what Stripe says once it is synced.
    await expect(page.getByRole('heading', { name: 'Your plan: Plus' }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('comes back to /billing with a message when Checkout is cancelled, and charges nothing', async () => {
    const { context, user, page } = await freeSeekerOnBilling();
    await page.getByRole('button', { name: 'Upgrade to Plus' }).click();
    await page.getByRole('link', { name: 'Cancel and go back' }).click();
    await page.waitForURL(`${base}/billing`);
    await expect(page.getByRole('status').innerText()).resolves.toBe('Checkout was cancelled; nothing was charged.');
    await expect(page.getByRole('heading', { name: 'Your plan: Free' }).isVisible()).resolves.toBe(true);
    expect((await apiAs(user).get('/v1/me')).body.plan).toBe('free');
    await context.close();
  });

  it('links the card-failure mail to /billing/portal: signed out it asks to log in and comes back, signed in it opens the portal', async () => {
    const { session, customerId, subscriptionId } = await subscribedSeeker(world);
    world.stub.updateSubscription(subscriptionId, { status: 'past_due' });
    await deliverAndWait(world, 'invoice.payment_failed', buildInvoice({ subscription: subscriptionId, customer: customerId }));
    const [mail] = await world.sink.waitFor((m) => m.to.includes(session.user.email));
    const links = [...decodeMailText(mail!.raw).matchAll(/https?:\/\/[^\s"<>]+\/billing\/portal\b/g)].map((match) => match[0]);
    expect(links.length).toBeGreaterThan(0);
    const link = links[0]!;
    expect(link).toBe(`${base}/billing/portal`);

    const signedOut = await fetch(link, { redirect: 'manual' });
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toBe('/login?next=%2Fbilling%2Fportal');

    const { context } = await browserOnStripe();
    await signInBrowserAs(env.api, context, session.user);
    const page = await context.newPage();
    const response = await page.goto(link);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toContain('text/html');
    expect(page.url()).toMatch(new RegExp(`^${world.stub.url}/portal/bps_`));
    await expect(page.getByRole('list', { name: 'Subscriptions' }).innerText()).resolves.toContain('past_due');
    await context.close();
  });

  it('sends a signed-out browser to log in, and refuses another user’s or a malformed checkout session', async () => {
    for (const path of ['/billing', '/billing/success?session_id=cs_test_x', '/billing/portal']) {
      const response = await fetch(`${base}${path}`, { redirect: 'manual' });
      expect({ path, status: response.status, location: response.headers.get('location') }).toEqual({
        path,
        status: 303,
        location: `/login?next=${encodeURIComponent(path)}`,
      });
    }
    const other = await subscribedSeeker(world);
    const { context, page } = await freeSeekerOnBilling();
    expect((await page.goto(`/billing/success?session_id=${other.checkoutSessionId}`))?.status()).toBe(404);
    expect((await page.goto('/billing/success?session_id=not-a-session'))?.status()).toBe(400);
    await expect(page.locator('main').innerText()).resolves.toContain('session_id');
    // A Free user with no Stripe customer yet has no portal to go to.
    await page.goto('/billing/portal');
    await page.waitForURL(`${base}/billing`);
    await expect(page.getByRole('status').innerText()).resolves.toContain('no billing account');
    await context.close();
  });

  it('refuses an upgrade posted without the form’s CSRF token, or from another port of the host, and starts no checkout', async () => {
    const { context } = await browserOnStripe();
    await signInBrowser(env.api, context);
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const sessionsBefore = world.stub.requestsTo('POST', /^\/v1\/checkout\/sessions$/).length;
    const post = (headers: Record<string, string>, body: string) =>
      fetch(`${base}/billing/checkout`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body,
      });
    expect((await post({ origin: base, 'sec-fetch-site': 'same-origin' }, '')).status).toBe(403);
    expect((await post({ origin: base, 'sec-fetch-site': 'same-origin' }, '_csrf=forged')).status).toBe(403);
    const otherPort = `http://127.0.0.1:${Number(new URL(base).port) + 1}`;
    expect((await post({ origin: otherPort, 'sec-fetch-site': 'same-site' }, '_csrf=forged')).status).toBe(403);
    expect((await post({ origin: 'null', 'sec-fetch-site': 'same-site' }, '_csrf=forged')).status).toBe(403);
    expect(world.stub.requestsTo('POST', /^\/v1\/checkout\/sessions$/).length).toBe(sessionsBefore);
    await context.close();
  });
});
