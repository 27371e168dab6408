import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { Browser } from 'playwright-core';
import { Role } from '@app/accounts';
import { seedCareerGuides } from '@app/career-guides';
import {
  createAdminSession,
  createJobListing,
  createUser,
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

describe('career guide pages', () => {
  let env: TestEnvironment;
  let browser: Browser;
  let base: string;
  let guide: { sections: Array<{ title: string }>; faqs: Array<{ question: string; answer: string }> };
  let draftSlug: string;
  let hostileSlug: string;

  before(async () => {
    env = await startTestEnvironment({ site: true, env: PLUS_TEST_ENV });
    base = env.config.http.appUrl;
    browser = await launchBrowser();
    await seedCareerGuides(env.api.dataSource);
    for (let i = 0; i < 7; i += 1) await createJobListing(env.api.dataSource, { title: `Backend Engineer ${i}`, category: 'engineering' });
    await createJobListing(env.api.dataSource, { title: 'Product Designer', category: 'design' });
    for (let i = 0; i < 2; i += 1) await makePlus(env.api.dataSource, (await createUser(env.api.dataSource)).id, env.config);
    guide = (await env.api.http.get('/v1/guides/backend-developer')).body;

    const admin = await createAdminSession(env.api);
    const draft = await admin.http.post('/v1/admin/guides', { title: 'Quantum Gardener Career Guide', summary: 'Not ready yet.' });
    draftSlug = draft.body.slug;
    const hostile = await admin.http.post('/v1/admin/guides', {
      title: '<img src=x onerror="window.__pwned=1"> Hacker Career Guide',
      summary: '<script>window.__pwned=2</script> A guide with markup in it.',
      sections: [
        {
          key: 'core-functions',
          title: 'Core <b>functions</b>',
          body: '[click me](javascript:window.__pwned=3)\n\n<script>window.__pwned=4</script>',
        },
      ],
      faqs: [{ question: '<i>Why?</i>', answer: '<img src=x onerror="window.__pwned=5">' }],
    });
    hostileSlug = hostile.body.slug;
    await admin.http.post(`/v1/admin/guides/${hostile.body.id}/publish`);
  });

  after(async () => {
    await browser?.close();
    await env?.close();
  });

  it('lays a guide out like the seed page: figures, demand, salary by level, every section in order, FAQ that opens, open jobs', async () => {
    const { context } = await newBrowserContext(browser, base);
    const page = await context.newPage();
    const response = await page.goto(GUIDE);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toContain('text/html');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Backend Developer Career Path Guide');

    const figures = page.getByRole('list', { name: 'Key figures' });
    await expect(figures.innerText()).resolves.toMatch(/17%\s+growth rate[\s\S]*\$132,000\s+median salary[\s\S]*Yes\s+remote-friendly/);
    await expect(
      page.getByRole('list', { name: 'Market demand, from low to high' }).locator('[aria-current="true"]').innerText(),
    ).resolves.toBe('High');
    const levels = await page.getByRole('list', { name: 'Salary by level' }).getByRole('listitem').allInnerTexts();
    expect(levels.map((level) => level.replace(/\s+/g, ' ').trim())).toEqual([
      'Entry level $85,000',
      'Mid level $130,000',
      'Senior level $175,000',
    ]);
    await expect(page.getByText('The top 10% of earners in this field make $208,000 a year or more.').isVisible()).resolves.toBe(true);

    const headings = (await page.getByRole('heading', { level: 2 }).allInnerTexts()).map((text) => text.trim());
    const sectionTitles = guide.sections.map((section) => section.title);
    expect(headings.filter((heading) => sectionTitles.includes(heading))).toEqual(sectionTitles);
    const at = (heading: string) => headings.indexOf(heading);
    expect(at('Key responsibilities')).toBe(at(sectionTitles[0]!) + 1);
    for (const part of ['Tech stack', 'Skills and qualifications', 'Career path tiers', 'Pros and cons', 'Frequently asked questions']) {
      expect({ part, found: at(part) >= 0 }).toEqual({ part, found: true });
    }
    expect(at('Frequently asked questions')).toBeLessThan(at('Open Backend Developer jobs'));

    const [faq] = guide.faqs;
    const answer = page.getByText(faq!.answer);
    await expect(answer.isVisible()).resolves.toBe(false);
    await page.getByText(faq!.question).click();
    await expect(answer.isVisible()).resolves.toBe(true);

    const jobs = page.getByRole('list', { name: 'Open Backend Developer jobs' }).getByRole('article');
    await expect(jobs.count()).resolves.toBe(5);
    await expect(jobs.allInnerTexts()).resolves.not.toContainEqual(expect.stringContaining('Product Designer'));
    await expect(page.getByRole('link', { name: 'See all jobs like these' }).getAttribute('href')).resolves.toBe(
      '/jobs?category=engineering',
    );
    await context.close();
  });

  it('puts the Occupation and FAQPage JSON-LD of the guide in the page, and its Open Graph tags', async () => {
    const { context } = await newBrowserContext(browser, base);
    const page = await context.newPage();
    await page.goto(GUIDE);
    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
    expect(blocks.map((block) => block['@type'])).toEqual(['Occupation', 'FAQPage']);
    expect(blocks[0].name).toBe('Backend Developer');
    expect(blocks[1].mainEntity).toHaveLength(guide.faqs.length);
    await expect(page.locator('meta[property="og:title"]').getAttribute('content')).resolves.toBe('Backend Developer Career Path Guide');
    await expect(page.locator('meta[property="og:type"]').getAttribute('content')).resolves.toBe('article');
    await context.close();
  });

  it('shows the Free/Plus box with the real number of Plus members', async () => {
    const { context } = await newBrowserContext(browser, base);
    const page = await context.newPage();
    await page.goto(GUIDE);
    const box = page.getByRole('region', { name: 'Free and Plus' });
    await expect(box.getByText('2 professionals pay for Plus').isVisible()).resolves.toBe(true);
    await makePlus(env.api.dataSource, (await createUser(env.api.dataSource)).id, env.config);
    // The pages count at most every MEMBER_COUNT_TTL_MS, then answer the last count once while counting again.
    await until(
      'the new member counted',
      async () => {
        await page.reload();
        return box.getByText('3 professionals pay for Plus').isVisible();
      },
      3 * MEMBER_COUNT_TTL_MS,
      500,
    );
    await expect(box.getByRole('link', { name: 'Upgrade to Plus' }).getAttribute('href')).resolves.toBe('/signup?next=%2Fbilling');
    await context.close();
  });

  it('searches the guides with JavaScript off, the URL being the search', async () => {
    const { context } = await newBrowserContext(browser, base, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/careers');
    const all = page.getByRole('list', { name: 'Career guides' }).getByRole('heading');
    await expect(all.allInnerTexts()).resolves.toEqual(
      expect.arrayContaining([
        'Backend Developer Career Path Guide',
        'Frontend Developer Career Path Guide',
        'DevOps Engineer Career Path Guide',
      ]),
    );
    await page.getByRole('searchbox', { name: 'Search career guides' }).fill('frontend');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/careers\?q=frontend$/);
    const found = await page.getByRole('list', { name: 'Career guides' }).getByRole('heading').allInnerTexts();
    expect(found[0]).toBe('Frontend Developer Career Path Guide');
    expect(found).not.toContain('Backend Developer Career Path Guide');
    await page.getByRole('link', { name: 'Frontend Developer Career Path Guide' }).click();
    await page.waitForURL(/\/careers\/frontend-developer$/);
    const refused = await page.goto('/careers?category=Not%20A%20Slug');
    expect(refused?.status()).toBe(400);
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Check your search');
    await expect(page.locator('#field-category-error').innerText()).resolves.toContain('lower-case words');
    await context.close();
  });

  it('answers a draft guide with the 404 page, except to an admin, who sees it marked as a draft', async () => {
    const visitor = await newBrowserContext(browser, base);
    const page = await visitor.context.newPage();
    expect((await page.goto(`/careers/${draftSlug}`))?.status()).toBe(404);
    expect((await page.goto('/careers/no-such-guide'))?.status()).toBe(404);
    await visitor.context.close();

    const admin = await newBrowserContext(browser, base);
    await signInBrowser(env.api, admin.context, { role: Role.Admin });
    const adminPage = await admin.context.newPage();
    expect((await adminPage.goto(`/careers/${draftSlug}`))?.status()).toBe(200);
    await expect(adminPage.getByRole('status').innerText()).resolves.toContain('This guide is a draft');
    await expect(adminPage.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe('noindex');
    await admin.context.close();
  });

  it('renders markup and javascript: links in a guide as text', async () => {
    const { context } = await newBrowserContext(browser, base);
    const page = await context.newPage();
    await page.goto(`/careers/${hostileSlug}`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toContain('<img src=x onerror="window.__pwned=1">');
    await expect(page.getByRole('heading', { name: 'Core <b>functions</b>' }).count()).resolves.toBe(1);
    await page.getByText('<i>Why?</i>').click();
    await expect(page.evaluate('window.__pwned')).resolves.toBeUndefined();
    await expect(page.locator('a[href^="javascript:"]').count()).resolves.toBe(0);
    await expect(page.locator('main script').count()).resolves.toBe(0);
    await context.close();
  });

  it('passes axe and fits a 375 px phone on the guide list, a search and a guide, signed out and signed in', async () => {
    for (const signedIn of [false, true]) {
      const { context, offsite } = await newBrowserContext(browser, base, PHONE);
      if (signedIn) await signInBrowser(env.api, context);
      const page = await context.newPage();
      for (const path of ['/careers', '/careers?q=developer', '/careers?category=BAD', GUIDE, `/careers/${hostileSlug}`]) {
        await page.goto(path);
        expect({ path, overflow: await horizontalOverflow(page) }).toEqual({ path, overflow: 0 });
        expect({ path, signedIn, violations: await seriousAxeViolations(page) }).toEqual({ path, signedIn, violations: [] });
      }
      expect(offsite).toEqual([]);
      await context.close();
    }
  });
});
