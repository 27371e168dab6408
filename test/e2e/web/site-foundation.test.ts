import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { Browser } from 'playwright-core';
import {
  createJobListing,
  horizontalOverflow,
  launchBrowser,
  newBrowserContext,
  PHONE,
  seriousAxeViolations,
  startTestEnvironment,
  TestEnvironment,
} from '@app/testing';

describe('the website foundation', () => {
  let env: TestEnvironment;
  let browser: Browser;
  let base: string;
  let hostileSlug: string;

  before(async () => {
    env = await startTestEnvironment({ site: true });
    base = env.config.http.appUrl;
    browser = await launchBrowser();
    for (let i = 0; i < 25; i += 1) {
      await createJobListing(env.api.dataSource, {
        title: `Platform Engineer ${i}`,
        tags: ['go', 'kubernetes'],
        publishedAt: new Date(Date.now() - i * 60_000),
      });
    }
    await createJobListing(env.api.dataSource, {
      title: 'Data Analyst',
      seniority: 'senior',
      employmentType: 'contract',
      remote: false,
      tags: ['sql'],
      publishedAt: new Date(Date.now() - 30 * 60_000),
    });
    const hostile = await createJobListing(env.api.dataSource, {
      title: '<img src=x onerror="window.__pwned=1"> Hacker <script>window.__pwned=2</script>',
      companyName: '<b onmouseover="window.__pwned=3">Evil Corp</b>',
      description: '[click me](javascript:window.__pwned=4) <script>window.__pwned=5</script>',
      descriptionHtml: '<p>click me &lt;script&gt;window.__pwned=5&lt;/script&gt;</p>',
    });
    hostileSlug = hostile.slug;
  });

  after(async () => {
    await browser?.close();
    await env?.close();
  });

  it('serves the home page at / with a search box, newest jobs and the Plus offer', async () => {
    const { context } = await newBrowserContext(browser, base);
    const page = await context.newPage();
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toContain('text/html');
    await expect(page.getByRole('searchbox', { name: 'Search jobs' }).count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { name: 'Newest jobs' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Upgrade to Plus' }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('searches with JavaScript off: the form is a GET, the URL is the search, and "Next page" pages on', async () => {
    const { context } = await newBrowserContext(browser, base, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/jobs');
    await page.getByRole('searchbox', { name: 'Search jobs' }).fill('platform engineer');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/jobs\?q=platform\+engineer$/);
    expect(new URL(page.url()).search).toBe('?q=platform+engineer');
    const first = await page.getByRole('list', { name: 'Job listings' }).getByRole('article').count();
    expect(first).toBe(20);
    await page.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL(/cursor=/);
    const second = await page.getByRole('list', { name: 'Job listings' }).getByRole('article').allInnerTexts();
    expect(second.length).toBe(5);
    await expect(page.getByRole('link', { name: 'Next page' }).count()).resolves.toBe(0);
    await context.close();
  });

  it('filters with JavaScript off: the chosen filters are the clean URL and the results hold only what matches', async () => {
    const { context } = await newBrowserContext(browser, base, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/jobs');
    await page.getByLabel('Level').selectOption({ label: 'Senior' });
    await page.getByLabel('Job type').selectOption({ label: 'Contract' });
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/seniority=senior/);
    expect(new URL(page.url()).searchParams.toString()).toBe('type=contract&seniority=senior');
    const titles = await page.getByRole('list', { name: 'Job listings' }).getByRole('heading').allInnerTexts();
    expect(titles).toEqual(['Data Analyst']);
    await page.getByLabel('Remote only').check();
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/remote=true/);
    await expect(page.getByRole('heading', { name: 'No jobs found' }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('filters as you type with JavaScript on: the results and the address change, the page does not reload', async () => {
    const { context } = await newBrowserContext(browser, base);
    const page = await context.newPage();
    await page.goto('/jobs');
    await page.evaluate('window.__samePage = true');
    await page.getByRole('searchbox', { name: 'Search jobs' }).pressSequentially('analyst');
    const listings = page.getByRole('list', { name: 'Job listings' }).getByRole('heading');
    await page.waitForURL(/\/jobs\?q=analyst$/, { waitUntil: 'commit' });
    await expect(listings.allInnerTexts()).resolves.toEqual(['Data Analyst']);
    await expect(page.evaluate('window.__samePage')).resolves.toBe(true);
    await context.close();
  });

  it('shows a refused search as the form with the message beside the field, never a 500', async () => {
    const { context } = await newBrowserContext(browser, base, { javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto('/jobs?salaryMin=lots&type=astronaut');
    expect(response?.status()).toBe(400);
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Check your search');
    await expect(page.getByLabel('Minimum salary per year').inputValue()).resolves.toBe('lots');
    await expect(page.locator('#field-salaryMin-error').innerText()).resolves.toContain('integer');
    await context.close();
  });

  it('renders markup and javascript: links in a listing as text', async () => {
    const { context } = await newBrowserContext(browser, base);
    const page = await context.newPage();
    await page.goto(`/jobs/${hostileSlug}`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toContain(
      '<img src=x onerror="window.__pwned=1"> Hacker <script>',
    );
    await expect(page.getByText('<b onmouseover="window.__pwned=3">Evil Corp</b>').first().isVisible()).resolves.toBe(true);
    await expect(page.evaluate('window.__pwned')).resolves.toBeUndefined();
    await expect(page.locator('a[href^="javascript:"]').count()).resolves.toBe(0);
    await page.goto('/jobs?q=hacker');
    await expect(page.evaluate('window.__pwned')).resolves.toBeUndefined();
    await context.close();
  });

  it('puts the JobPosting JSON-LD and Open Graph tags in an open listing page', async () => {
    const [listing] = (await env.api.http.get('/v1/jobs?limit=1')).body.items;
    const { context } = await newBrowserContext(browser, base);
    const page = await context.newPage();
    await page.goto(`/jobs/${listing.slug}`);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd['@type']).toBe('JobPosting');
    expect(jsonLd.title).toBe(listing.title);
    await expect(page.locator('meta[property="og:title"]').getAttribute('content')).resolves.toContain(listing.title);
    await expect(page.title()).resolves.toContain(listing.title);
    await context.close();
  });

  it('answers an unknown page with the 404 page, and keeps /v1 answering problem+json', async () => {
    const { context } = await newBrowserContext(browser, base);
    const page = await context.newPage();
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Page not found');
    const api = await env.api.http.get('/v1/no-such-route');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
    const missing = await page.goto('/jobs/no-such-listing');
    expect(missing?.status()).toBe(404);
    await context.close();
  });

  it('sends a strict Content-Security-Policy and serves fingerprinted, compressed, immutable assets', async () => {
    const home = await fetch(`${base}/`);
    const csp = home.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    const html = await home.text();
    const css = html.match(/href="(\/assets\/site\.[0-9a-f]{10}\.css)"/)![1];
    const asset = await fetch(`${base}${css}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toContain('text/css');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    const raw = await fetch(`${base}${css}`, { headers: { 'accept-encoding': 'identity' } });
    expect(raw.headers.get('content-encoding')).toBeNull();
    expect((await raw.text()).length).toBeGreaterThan(1000);
    const stale = await fetch(`${base}/assets/site.0000000000.css`);
    expect(stale.status).toBe(404);
  });

  it('passes axe and fits a 375 px phone on the home, search, listing and 404 pages, loading nothing from another host', async () => {
    const [listing] = (await env.api.http.get('/v1/jobs?limit=1')).body.items;
    const { context, offsite } = await newBrowserContext(browser, base, PHONE);
    const page = await context.newPage();
    for (const path of ['/', '/jobs', '/jobs?q=platform&remote=true', `/jobs/${listing.slug}`, `/jobs/${hostileSlug}`, '/no-such-page']) {
      await page.goto(path);
      expect({ path, overflow: await horizontalOverflow(page) }).toEqual({ path, overflow: 0 });
      expect({ path, violations: await seriousAxeViolations(page) }).toEqual({ path, violations: [] });
    }
    expect(offsite).toEqual([]);
    await context.close();
  });
});
