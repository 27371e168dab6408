import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { Browser, BrowserContext } from 'playwright-core';
import { seedCareerGuides } from '@app/career-guides';
import {
  createJobListing,
  createUser,
  downgradeToFree,
  horizontalOverflow,
  launchBrowser,
  makePlus,
  newBrowserContext,
  PHONE,
  PLUS_TEST_ENV,
  seriousAxeViolations,
  signInBrowser,
  startTestEnvironment,
  TestEnvironment,
  until,
} from '@app/testing';
import { MEMBER_COUNT_TTL_MS } from '../../../apps/api/src/web/billing/plan-comparisons.service';

const GUIDE = '/careers/backend-developer';

describe('pricing, house ads and the installable site', () => {
  let env: TestEnvironment;
  let browser: Browser;
  let base: string;
  let listingPath: string;

  before(async () => {
    // Limits and price are configuration: the pages must show these, not the defaults.
    env = await startTestEnvironment({ site: true, env: { ...PLUS_TEST_ENV, FREE_MAX_ALERTS: '4', PLUS_PRICE_CENTS: '900' } });
    base = env.config.http.appUrl;
    browser = await launchBrowser();
    await seedCareerGuides(env.api.dataSource);
    listingPath = `/jobs/${(await createJobListing(env.api.dataSource, { title: 'Backend Engineer' })).slug}`;
  });

  after(async () => {
    await browser?.close();
    await env?.close();
  });

  async function plusBrowser(): Promise<BrowserContext> {
    const { context } = await newBrowserContext(browser, base);
    const user = await signInBrowser(env.api, context);
    await makePlus(env.api.dataSource, user.id, env.config);
    return context;
  }

  const planCard = (page: Awaited<ReturnType<BrowserContext['newPage']>>, name: string) =>
    page.getByRole('article', { name: `${name} plan` });

  it('shows Free and Plus from the plan source, with the real number of people on Plus now', async () => {
    const { context } = await newBrowserContext(browser, base);
    const page = await context.newPage();
    const members = async () => Number(/(\d+) professionals? pays? for Plus/.exec(await page.locator('main').innerText())![1]);
    const response = await page.goto('/pricing');
    expect(response?.status()).toBe(200);
    await expect(planCard(page, 'Free').innerText()).resolves.toMatch(/\$0[\s\S]*Weekly job alerts, up to 4/);
    await expect(planCard(page, 'Plus').innerText()).resolves.toMatch(
      /\$9\s+a month[\s\S]*Daily or weekly job alerts, up to 20[\s\S]*No ads/,
    );
    const before = await members();
    const newMember = await createUser(env.api.dataSource);
    // The pages count at most every MEMBER_COUNT_TTL_MS, then answer the last count once while counting again.
    const reloadUntil = (count: number) =>
      until(
        `${count} members shown`,
        async () => {
          await page.reload();
          return (await members()) === count;
        },
        3 * MEMBER_COUNT_TTL_MS,
        500,
      );
    await makePlus(env.api.dataSource, newMember.id, env.config);
    await reloadUntil(before + 1);
    await downgradeToFree(env.api.dataSource, newMember.id);
    await reloadUntil(before);
    await context.close();
  });

  it('offers "Upgrade to Plus" by the viewer: sign up and come back signed out, Checkout for Free, "Manage billing" for Plus', async () => {
    const anonymous = await newBrowserContext(browser, base);
    const page = await anonymous.context.newPage();
    await page.goto('/pricing');
    await expect(page.getByRole('link', { name: 'Upgrade to Plus' }).getAttribute('href')).resolves.toBe('/signup?next=%2Fbilling');
    await expect(page.getByRole('link', { name: 'log in', exact: true }).getAttribute('href')).resolves.toBe('/login?next=%2Fbilling');
    await anonymous.context.close();

    const free = await newBrowserContext(browser, base);
    await signInBrowser(env.api, free.context);
    const freePage = await free.context.newPage();
    await freePage.goto('/pricing');
    const upgrade = freePage.getByRole('button', { name: 'Upgrade to Plus' });
    await expect(upgrade.evaluate((button) => (button as unknown as { form: { action: string } }).form.action)).resolves.toBe(
      `${base}/billing/checkout`,
    );
    await expect(planCard(freePage, 'Free').innerText()).resolves.toContain('Your plan');
    await free.context.close();

    const plus = await plusBrowser();
    const plusPage = await plus.newPage();
    await plusPage.goto('/pricing');
    await expect(plusPage.getByRole('button', { name: 'Upgrade to Plus' }).count()).resolves.toBe(0);
    await expect(plusPage.getByRole('button', { name: 'Manage billing' }).count()).resolves.toBe(1);
    await expect(planCard(plusPage, 'Plus').innerText()).resolves.toContain('Your plan');
    await plus.close();
  });

  it('shows the house ad to visitors and Free users on /jobs, /jobs/:slug and /careers/:slug', async () => {
    for (const signedIn of [false, true]) {
      const { context } = await newBrowserContext(browser, base);
      if (signedIn) await signInBrowser(env.api, context);
      const page = await context.newPage();
      for (const path of ['/jobs', listingPath, GUIDE]) {
        await page.goto(path);
        const ad = page.getByRole('complementary', { name: 'Advertisement' });
        expect({ path, signedIn, ads: await ad.count() }).toEqual({ path, signedIn, ads: 1 });
        await expect(ad.getByRole('link', { name: 'See Plus' }).getAttribute('href')).resolves.toBe('/pricing');
      }
      await context.close();
    }
  });

  it('shows no ad to a Plus user on any page', async () => {
    const context = await plusBrowser();
    const page = await context.newPage();
    for (const path of ['/', '/jobs', '/jobs?q=backend', listingPath, '/careers', GUIDE, '/pricing', '/billing', '/no-such-page']) {
      await page.goto(path);
      await expect(page.locator('main').count()).resolves.toBe(1);
      expect({ path, ads: await page.getByRole('complementary', { name: 'Advertisement' }).count() }).toEqual({ path, ads: 0 });
      expect({ path, adLabel: await page.getByText('Advertisement', { exact: true }).count() }).toEqual({ path, adLabel: 0 });
    }
    await context.close();
  });

  it('is installable: Chromium parses the manifest and fetches its 192 and 512 px PNG icons', async () => {
    const { context } = await newBrowserContext(browser, base);
    const page = await context.newPage();
    await page.goto('/');
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.url).toBe(`${base}/manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    const parsed = (
      manifest as unknown as { manifest: { name: string; startUrl: string; display: string; icons: Array<{ url: string; sizes: string }> } }
    ).manifest;
    expect(parsed).toMatchObject({ name: 'Job Board', startUrl: `${base}/`, display: 'kStandalone' });
    // A headless test profile is incognito, which is the one thing Chromium holds against installing here.
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    for (const icon of parsed.icons.filter((i) => i.url.endsWith('.png'))) {
      const fetched = await fetch(icon.url);
      const body = Buffer.from(await fetched.arrayBuffer());
      expect({
        icon: icon.url,
        type: fetched.headers.get('content-type'),
        size: `${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`,
      }).toEqual({
        icon: icon.url,
        type: 'image/png',
        size: icon.sizes,
      });
    }
    expect(parsed.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    const response = await fetch(`${base}/manifest.webmanifest`);
    expect(response.headers.get('content-type')).toContain('application/manifest+json');
    await context.close();
  });

  it('passes axe and fits a 375 px phone on the pricing and billing pages for visitors, Free and Plus', async () => {
    for (const who of ['visitor', 'free', 'plus'] as const) {
      const { context, offsite } = await newBrowserContext(browser, base, PHONE);
      if (who !== 'visitor') {
        const user = await signInBrowser(env.api, context);
        if (who === 'plus') await makePlus(env.api.dataSource, user.id, env.config);
      }
      const page = await context.newPage();
      for (const path of who === 'visitor' ? ['/pricing'] : ['/pricing', '/billing']) {
        await page.goto(path);
        expect({ who, path, overflow: await horizontalOverflow(page) }).toEqual({ who, path, overflow: 0 });
        expect({ who, path, violations: await seriousAxeViolations(page) }).toEqual({ who, path, violations: [] });
      }
      expect(offsite).toEqual([]);
      await context.close();
    }
  });
});
