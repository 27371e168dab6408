import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { Browser, Page } from 'playwright-core';
import { Role } from '@app/accounts';
import { JobListing } from '@app/jobs';
import {
  createJobListing,
  horizontalOverflow,
  launchBrowser,
  newBrowserContext,
  PHONE,
  seriousAxeViolations,
  signInBrowser,
  startTestEnvironment,
  TestEnvironment,
} from '@app/testing';

/** A company's own careers page, on another port of loopback: where "Apply on company site" must land. */
function startCompanySite(): Promise<Server> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><html lang="en"><title>Careers at Harbor</title><h1>Apply at Harbor</h1></html>');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('the seeker applies to jobs and saves them', () => {
  let env: TestEnvironment;
  let browser: Browser;
  let base: string;
  let company: Server;
  let companyUrl: string;

  const applicationsOf = (userId: string): Promise<Array<{ listing_id: string; status: string; cover_letter: string | null }>> =>
    env.api.dataSource.query('SELECT listing_id, status, cover_letter FROM job_applications WHERE user_id = $1', [userId]);
  const bookmarksOf = async (userId: string): Promise<string[]> =>
    (await env.api.dataSource.query('SELECT listing_id FROM job_bookmarks WHERE user_id = $1', [userId])).map(
      (row: { listing_id: string }) => row.listing_id,
    );

  async function seekerPage(options: { javaScriptEnabled?: boolean } = {}) {
    const { context } = await newBrowserContext(browser, base, options);
    const user = await signInBrowser(env.api, context);
    return { context, user, page: await context.newPage() };
  }

  const listing = (overrides: Partial<JobListing> & { companyName?: string } = {}) =>
    createJobListing(env.api.dataSource, { title: 'Backend Engineer', companyName: 'Harbor', ...overrides });

  before(async () => {
    env = await startTestEnvironment({ site: true });
    base = env.config.http.appUrl;
    browser = await launchBrowser();
    company = await startCompanySite();
    companyUrl = `http://127.0.0.1:${(company.address() as AddressInfo).port}/careers/apply?job=42`;
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => company?.close(resolve));
    await env?.close();
  });

  it('applies with a cover letter (JavaScript off) and sees the application tracked on /me/applications', async () => {
    const job = await listing({ title: 'Kotlin Backend Engineer' });
    const { context, user, page } = await seekerPage({ javaScriptEnabled: false });
    await page.goto(`/jobs/${job.slug}`);
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await page.waitForURL(new RegExp(`/jobs/${job.slug}/apply`));
    await page.getByLabel('Cover letter').fill('I have shipped Kotlin services for six years.\nHappy to talk.');
    await page.getByRole('button', { name: 'Send application' }).click();
    await page.waitForURL(`${base}/jobs/${job.slug}`);
    await expect(page.getByRole('status').first().innerText()).resolves.toContain('Your application is sent');
    await expect(page.getByText(/You applied on/).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Apply', exact: true }).count()).resolves.toBe(0);

    await page.getByRole('link', { name: 'See your applications' }).click();
    await page.waitForURL(`${base}/me/applications`);
    const card = page.getByRole('article', { name: 'Kotlin Backend Engineer at Harbor' });
    await expect(card.innerText()).resolves.toContain('Status: Submitted');
    await expect(card.getByRole('list', { name: 'History' }).innerText()).resolves.toContain('Applied');
    await card.getByText('What you sent').click();
    await expect(card.getByText('I have shipped Kotlin services for six years.').isVisible()).resolves.toBe(true);
    expect(await applicationsOf(user.id)).toEqual([
      { listing_id: job.id, status: 'submitted', cover_letter: 'I have shipped Kotlin services for six years.\nHappy to talk.' },
    ]);
    await context.close();
  });

  it('says in words when the job was applied to or closed meanwhile (409), and keeps a refused letter (422)', async () => {
    const job = await listing({ title: 'Elixir Engineer' });
    const { context, user, page } = await seekerPage();
    const stale = await context.newPage();
    await stale.goto(`/jobs/${job.slug}/apply`);
    await page.goto(`/jobs/${job.slug}/apply`);
    await page.getByLabel('Cover letter').fill('First tab.');
    await page.getByLabel('Link to your resume').fill('not a link');
    await page.getByRole('button', { name: 'Send application' }).click();
    await page.waitForLoadState();
    await expect(page.getByRole('alert').first().innerText()).resolves.toContain('Link to your resume must be an http or https URL');
    await expect(page.locator('#field-resumeUrl-error').innerText()).resolves.toContain('must be an http or https URL');
    await expect(page.getByLabel('Cover letter').inputValue()).resolves.toBe('First tab.');
    await page.getByLabel('Link to your resume').fill('https://example.test/ada.pdf');
    await page.getByRole('button', { name: 'Send application' }).click();
    await page.waitForURL(`${base}/jobs/${job.slug}`);

    const [response] = await Promise.all([
      stale.waitForResponse((r) => r.request().method() === 'POST'),
      stale.getByRole('button', { name: 'Send application' }).click(),
    ]);
    expect(response.status()).toBe(409);
    await expect(stale.getByRole('alert').innerText()).resolves.toContain('You have already applied to this job.');
    await expect(stale.getByRole('link', { name: 'See your applications' }).isVisible()).resolves.toBe(true);
    expect(await applicationsOf(user.id)).toHaveLength(1);

    const closing = await listing({ title: 'Closing Soon Engineer' });
    await stale.goto(`/jobs/${closing.slug}/apply`);
    await env.api.dataSource.query(`UPDATE job_listings SET status = 'closed', closed_at = now() WHERE id = $1`, [closing.id]);
    const [closed] = await Promise.all([
      stale.waitForResponse((r) => r.request().method() === 'POST'),
      stale.getByRole('button', { name: 'Send application' }).click(),
    ]);
    expect(closed.status()).toBe(409);
    await expect(stale.getByRole('alert').innerText()).resolves.toContain('This job is closed and no longer takes applications.');
    expect(await applicationsOf(user.id)).toHaveLength(1);
    await context.close();
  });

  it('records an application on an external listing, then lands on its own site', async () => {
    const job = await listing({ title: 'Harbor Platform Engineer', applyUrl: companyUrl });
    const { context, user, page } = await seekerPage();
    await context.route(`${new URL(companyUrl).origin}/**`, (route) => route.continue());
    await page.goto(`/jobs/${job.slug}`);
    await expect(page.getByRole('button', { name: 'Apply', exact: true }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Apply on company site' }).click();
    await page.waitForURL(companyUrl);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Apply at Harbor');
    expect(await applicationsOf(user.id)).toEqual([{ listing_id: job.id, status: 'submitted', cover_letter: null }]);

    await page.goto(`/jobs/${job.slug}`);
    await expect(page.getByText(/You applied on/).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Continue on the company site' }).getAttribute('href')).resolves.toBe(companyUrl);
    await context.close();
  });

  it('saves a job in place with JavaScript on, and removes it again, without reloading the page', async () => {
    const job = await listing({ title: 'Saved In Place Engineer' });
    const { context, user, page } = await seekerPage();
    await page.goto(`/jobs/${job.slug}`);
    await page.evaluate('window.__samePage = true');
    await page.getByRole('button', { name: 'Save job' }).click();
    await page.getByRole('button', { name: 'Remove from saved' }).waitFor();
    await expect(page.getByRole('status').filter({ hasText: 'Job saved.' }).count()).resolves.toBe(1);
    expect(await bookmarksOf(user.id)).toEqual([job.id]);
    await page.getByRole('button', { name: 'Remove from saved' }).click();
    await page.getByRole('button', { name: 'Save job' }).waitFor();
    expect(await bookmarksOf(user.id)).toEqual([]);
    await expect(page.evaluate('window.__samePage')).resolves.toBe(true);
    expect(page.url()).toBe(`${base}/jobs/${job.slug}`);
    await context.close();
  });

  it('saves a job with JavaScript off and removes it from /me/bookmarks', async () => {
    const job = await listing({ title: 'Saved Without Script Engineer' });
    const { context, user, page } = await seekerPage({ javaScriptEnabled: false });
    await page.goto(`/jobs/${job.slug}`);
    await page.getByRole('button', { name: 'Save job' }).click();
    await page.waitForURL(`${base}/jobs/${job.slug}`);
    await expect(page.getByRole('status').first().innerText()).resolves.toContain('Job saved.');
    await expect(page.getByRole('button', { name: 'Remove from saved' }).isVisible()).resolves.toBe(true);
    expect(await bookmarksOf(user.id)).toEqual([job.id]);

    await page.getByRole('link', { name: 'Saved' }).click();
    await page.waitForURL(`${base}/me/bookmarks`);
    const card = page.getByRole('article', { name: 'Saved Without Script Engineer at Harbor' });
    await expect(card.innerText()).resolves.toContain('Saved on');
    await card.getByRole('button', { name: 'Remove from saved' }).click();
    await page.waitForURL(`${base}/me/bookmarks`);
    await expect(page.getByRole('status').first().innerText()).resolves.toContain('Job removed from your saved jobs.');
    await expect(page.getByText('You have not saved any jobs yet.').isVisible()).resolves.toBe(true);
    expect(await bookmarksOf(user.id)).toEqual([]);
    await context.close();
  });

  it('withdraws an application, after which the listing offers to apply again', async () => {
    const job = await listing({ title: 'Withdrawn Engineer' });
    const { context, user, page } = await seekerPage({ javaScriptEnabled: false });
    await page.goto(`/jobs/${job.slug}/apply`);
    await page.getByRole('button', { name: 'Send application' }).click();
    await page.waitForURL(`${base}/jobs/${job.slug}`);
    await page.goto('/me/applications');
    const card = page.getByRole('article', { name: 'Withdrawn Engineer at Harbor' });
    await card.getByRole('button', { name: 'Withdraw application' }).click();
    await page.waitForURL(`${base}/me/applications`);
    await expect(page.getByRole('status').first().innerText()).resolves.toContain('Your application is withdrawn.');
    await expect(card.innerText()).resolves.toContain('Status: Withdrawn');
    await expect(card.getByRole('button', { name: 'Withdraw application' }).count()).resolves.toBe(0);
    expect((await applicationsOf(user.id))[0]!.status).toBe('withdrawn');
    await page.goto(`/jobs/${job.slug}`);
    await expect(page.getByText(/You withdrew your application on .*; you can apply again/).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Apply', exact: true }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('pages saved jobs and applications with "Next page"', async () => {
    const { context, user, page } = await seekerPage();
    for (let i = 0; i < 21; i += 1) {
      const job = await listing({ title: `Paged Engineer ${i}` });
      await env.api.dataSource.query(
        `INSERT INTO job_bookmarks (user_id, listing_id, created_at) VALUES ($1, $2, now() - make_interval(secs => $3))`,
        [user.id, job.id, i],
      );
      await env.api.dataSource.query(
        `INSERT INTO job_applications (user_id, listing_id, created_at) VALUES ($1, $2, now() - make_interval(secs => $3))`,
        [user.id, job.id, i],
      );
    }
    for (const [path, list] of [
      ['/me/bookmarks', 'Saved jobs'],
      ['/me/applications', 'Applications'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('list', { name: list }).getByRole('article').count()).resolves.toBe(20);
      await expect(page.getByRole('article').first().innerText()).resolves.toContain('Paged Engineer 0');
      await page.getByRole('link', { name: 'Next page' }).click();
      await page.waitForURL(/cursor=/);
      const rest = await page.getByRole('list', { name: list }).getByRole('article').allInnerTexts();
      expect({ path, rest: rest.map((text) => text.split('\n')[0]) }).toEqual({ path, rest: ['Paged Engineer 20'] });
      await expect(page.getByRole('link', { name: 'Next page' }).count()).resolves.toBe(0);
    }
    await context.close();
  });

  it('shows an admin no apply form, and sends a visitor to log in first', async () => {
    const job = await listing({ title: 'Admin Visible Engineer' });
    const { context } = await newBrowserContext(browser, base);
    await signInBrowser(env.api, context, { role: Role.Admin });
    const page = await context.newPage();
    await page.goto(`/jobs/${job.slug}`);
    await expect(page.getByText('You are signed in as an admin').isVisible()).resolves.toBe(true);
    for (const name of ['Apply', 'Apply on company site', 'Save job']) {
      await expect(page.getByRole('button', { name, exact: true }).count()).resolves.toBe(0);
    }
    expect((await page.goto(`/jobs/${job.slug}/apply`))?.status()).toBe(403);
    await context.close();

    const visitor = await newBrowserContext(browser, base);
    const anonymous = await visitor.context.newPage();
    await anonymous.goto('/me/applications');
    expect(new URL(anonymous.url()).pathname + new URL(anonymous.url()).search).toBe('/login?next=%2Fme%2Fapplications');
    await anonymous.goto(`/jobs/${job.slug}`);
    await expect(anonymous.getByRole('link', { name: 'Log in to apply' }).isVisible()).resolves.toBe(true);
    await visitor.context.close();
  });

  it('passes axe and fits a 375 px phone on the listing, apply, applications and saved jobs pages of a seeker', async () => {
    const applied = await listing({ title: 'Phone Applied Engineer', tags: ['kotlin', 'postgres', 'kubernetes'] });
    const saved = await listing({ title: 'Phone Saved Engineer', applyUrl: companyUrl });
    const closed = await listing({ title: 'Phone Closed Engineer', status: 'closed', closedAt: new Date() });
    const { context, offsite } = await newBrowserContext(browser, base, PHONE);
    const user = await signInBrowser(env.api, context);
    const page = await context.newPage();
    await page.goto(`/jobs/${applied.slug}/apply`);
    await check(page, 'apply form');
    await page.getByLabel('Link to your resume').fill('nope');
    await page.getByRole('button', { name: 'Send application' }).click();
    await page.waitForLoadState();
    await check(page, 'refused apply form');
    await page.getByLabel('Link to your resume').fill('');
    await page
      .getByLabel('Cover letter')
      .fill('A letter long enough to wrap on a phone screen, with a verylongwordthatdoesnotbreak'.repeat(3));
    await page.getByRole('button', { name: 'Send application' }).click();
    await page.waitForURL(`${base}/jobs/${applied.slug}`);
    await check(page, 'applied listing');
    for (const job of [saved, closed]) {
      await env.api.dataSource.query('INSERT INTO job_bookmarks (user_id, listing_id) VALUES ($1, $2)', [user.id, job.id]);
    }
    for (const path of [`/jobs/${saved.slug}`, `/jobs/${closed.slug}`, '/me/applications', '/me/bookmarks']) {
      await page.goto(path);
      await check(page, path);
    }
    expect(offsite).toEqual([]);
    await context.close();

    async function check(on: Page, what: string) {
      expect({ what, overflow: await horizontalOverflow(on) }).toEqual({ what, overflow: 0 });
      expect({ what, violations: await seriousAxeViolations(on) }).toEqual({ what, violations: [] });
    }
  });
});
