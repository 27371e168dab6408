import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { Browser, Page } from 'playwright-core';
import { AlertsService } from '@app/alerts';
import {
  createJobListing,
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
} from '@app/testing';

interface AlertRow {
  name: string;
  frequency: string;
  paused: boolean;
  criteria: Record<string, unknown>;
}

describe('the seeker manages job alerts', () => {
  let env: TestEnvironment;
  let browser: Browser;
  let base: string;

  const alertsOf = (userId: string): Promise<AlertRow[]> =>
    env.api.dataSource.query('SELECT name, frequency, paused, criteria FROM job_alerts WHERE user_id = $1 ORDER BY created_at', [userId]);

  async function seekerPage(options: { javaScriptEnabled?: boolean; phone?: boolean } = {}) {
    const { context, offsite } = await newBrowserContext(browser, base, {
      javaScriptEnabled: options.javaScriptEnabled,
      ...(options.phone ? PHONE : {}),
    });
    const user = await signInBrowser(env.api, context);
    return { context, offsite, user, page: await context.newPage() };
  }

  async function createAlertWith(page: Page, fields: { name: string; keywords?: string; frequency?: 'Weekly' | 'Daily' }) {
    await page.getByLabel('Name', { exact: true }).fill(fields.name);
    if (fields.keywords) await page.getByLabel('Keywords').fill(fields.keywords);
    await page.getByLabel('Frequency').selectOption({ label: fields.frequency ?? 'Weekly' });
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/me/alerts')),
      page.getByRole('button', { name: 'Create alert' }).click(),
    ]);
    await page.waitForLoadState();
    return response.status();
  }

  before(async () => {
    env = await startTestEnvironment({ site: true, env: PLUS_TEST_ENV });
    base = env.config.http.appUrl;
    browser = await launchBrowser();
    const hour = 3600_000;
    for (const [title, tags, minutesAgo] of [
      ['Go Platform Engineer', ['go', 'kubernetes'], 30],
      ['Go Payments Platform Engineer', ['go'], 90],
      ['Rust Platform Engineer', ['rust'], 60],
    ] as const) {
      const at = new Date(Date.now() - minutesAgo * 60_000);
      await createJobListing(env.api.dataSource, {
        title,
        tags: [...tags],
        firstPublishedAt: at,
        publishedAt: at,
        companyName: 'Gopher Works',
      });
    }
    const old = new Date(Date.now() - 9 * 24 * hour);
    await createJobListing(env.api.dataSource, {
      title: 'Old Go Platform Engineer',
      tags: ['go'],
      firstPublishedAt: old,
      publishedAt: old,
    });
  });

  after(async () => {
    await browser?.close();
    await env?.close();
  });

  it('creates an alert with its criteria, pauses it in place and previews the jobs its next mail would hold', async () => {
    const { context, user, page } = await seekerPage();
    await page.goto('/me/alerts');
    await expect(page.getByRole('heading', { name: '0 of 3 alerts' }).isVisible()).resolves.toBe(true);
    await page.getByLabel('Name', { exact: true }).fill('Remote Go');
    await page.getByLabel('Keywords').fill('platform');
    await page.getByLabel('Frequency').selectOption({ label: 'Weekly' });
    await page.getByLabel('Category').selectOption({ label: 'Engineering' });
    await page.getByLabel('Remote only').check();
    await page.getByLabel('Skills').fill('Go');
    await page.getByRole('button', { name: 'Create alert' }).click();
    await page.waitForURL(`${base}/me/alerts`);
    await expect(page.getByRole('status').first().innerText()).resolves.toContain('Your job alert is set.');
    await expect(page.getByRole('heading', { name: '1 of 3 alerts' }).isVisible()).resolves.toBe(true);
    const card = page.getByRole('article', { name: 'Remote Go' });
    await expect(card.getByRole('list', { name: 'Criteria' }).innerText()).resolves.toMatch(/Keywords: “platform”[\s\S]*Remote only/);
    expect(await alertsOf(user.id)).toEqual([
      {
        name: 'Remote Go',
        frequency: 'weekly',
        paused: false,
        criteria: { q: 'platform', category: 'engineering', remote: true, tags: ['go'] },
      },
    ]);

    await page.evaluate('window.__samePage = true');
    await card.getByRole('button', { name: 'Pause alert' }).click();
    await card.getByRole('button', { name: 'Resume alert' }).waitFor();
    await expect(card.getByText('Paused', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.evaluate('window.__samePage')).resolves.toBe(true);
    expect((await alertsOf(user.id))[0]!.paused).toBe(true);

    await card.getByRole('link', { name: 'Preview Remote Go' }).click();
    await page.waitForURL(/\/me\/alerts\/[0-9a-f-]+\/preview$/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Preview: Remote Go');
    await expect(page.getByText('This alert is paused').isVisible()).resolves.toBe(true);
    const jobs = await page.getByRole('list', { name: 'Jobs in the next mail' }).getByRole('heading').allInnerTexts();
    expect(jobs).toEqual(['Go Platform Engineer', 'Go Payments Platform Engineer']);
    await context.close();
  });

  it('tells a Free user who picks Daily that it needs Plus, with a link to /pricing, and keeps the form', async () => {
    const { context, user, page } = await seekerPage({ javaScriptEnabled: false });
    await page.goto('/me/alerts');
    const hint = page.locator('#field-frequency-hint');
    await expect(hint.innerText()).resolves.toContain('Daily alerts come with Plus');
    await expect(hint.getByRole('link', { name: 'See Plus' }).getAttribute('href')).resolves.toBe('/pricing');
    expect(await createAlertWith(page, { name: 'Every morning', keywords: 'go', frequency: 'Daily' })).toBe(403);
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Daily alerts need the Plus plan');
    await expect(page.locator('#field-frequency-error').innerText()).resolves.toContain('Daily alerts need the Plus plan');
    await expect(page.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe('Every morning');
    await expect(page.getByLabel('Keywords').inputValue()).resolves.toBe('go');
    await page.locator('#field-frequency-hint').getByRole('link', { name: 'See Plus' }).click();
    await page.waitForURL(`${base}/pricing`);
    expect(await alertsOf(user.id)).toEqual([]);
    await context.close();
  });

  it('lets a Plus user create a daily alert, within the Plus limit', async () => {
    const { context, user, page } = await seekerPage();
    await makePlus(env.api.dataSource, user.id, env.config);
    await page.goto('/me/alerts');
    await expect(page.getByRole('heading', { name: '0 of 20 alerts' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('#field-frequency-hint').innerText()).resolves.not.toContain('Plus');
    await createAlertWith(page, { name: 'Go every day', keywords: 'go', frequency: 'Daily' });
    await page.waitForURL(`${base}/me/alerts`);
    await expect(page.getByRole('article', { name: 'Go every day' }).innerText()).resolves.toContain('Daily');
    expect((await alertsOf(user.id)).map((alert) => alert.frequency)).toEqual(['daily']);
    await context.close();
  });

  it('returns refused criteria beside their fields with the values kept (422)', async () => {
    const { context, user, page } = await seekerPage({ javaScriptEnabled: false });
    await page.goto('/me/alerts');
    await page.getByLabel('Region').fill('Europe');
    await page.getByLabel('Minimum salary per year').fill('lots');
    expect(await createAlertWith(page, { name: '' })).toBe(422);
    const summary = await page.getByRole('alert').innerText();
    expect(summary).toContain('Name should not be empty');
    expect(summary).toContain('Minimum salary per year must be an integer number');
    await expect(page.locator('#field-criteria-salaryMin-error').innerText()).resolves.toContain('must be an integer number');
    await expect(page.getByLabel('Region').inputValue()).resolves.toBe('Europe');
    await expect(page.getByLabel('Minimum salary per year').inputValue()).resolves.toBe('lots');
    await page.getByRole('link', { name: 'Name should not be empty' }).click();
    await expect(page.evaluate('document.activeElement.id')).resolves.toBe('field-name');
    expect(await alertsOf(user.id)).toEqual([]);
    await context.close();
  });

  it("refuses an alert over the plan's maximum with the reason (422), and then offers no form", async () => {
    const { context, user, page } = await seekerPage({ javaScriptEnabled: false });
    const alerts = env.api.app.get(AlertsService);
    for (const name of ['One', 'Two']) await alerts.create(user.id, { name, frequency: 'weekly', criteria: {} });
    await page.goto('/me/alerts');
    await expect(page.getByRole('heading', { name: '2 of 3 alerts' }).isVisible()).resolves.toBe(true);
    await alerts.create(user.id, { name: 'Three, from another tab', frequency: 'weekly', criteria: {} });
    expect(await createAlertWith(page, { name: 'Four' })).toBe(422);
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Your Free plan allows at most 3 alerts.');
    await expect(page.getByRole('heading', { name: '3 of 3 alerts' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Create alert' }).count()).resolves.toBe(0);
    await expect(page.getByText('You have all the alerts your plan allows').isVisible()).resolves.toBe(true);
    expect(await alertsOf(user.id)).toHaveLength(3);
    await context.close();
  });

  it('edits an alert, pauses and resumes it without JavaScript, and deletes it', async () => {
    const { context, user, page } = await seekerPage({ javaScriptEnabled: false });
    await page.goto('/me/alerts');
    await createAlertWith(page, { name: 'Go jobs', keywords: 'go' });
    await page.getByRole('article', { name: 'Go jobs' }).getByRole('link', { name: 'Edit Go jobs' }).click();
    await expect(page.getByLabel('Keywords').inputValue()).resolves.toBe('go');
    await page.getByLabel('Name', { exact: true }).fill('Rust jobs');
    await page.getByLabel('Keywords').fill('rust');
    await page.getByRole('button', { name: 'Save alert' }).click();
    await page.waitForURL(`${base}/me/alerts`);
    await expect(page.getByRole('status').first().innerText()).resolves.toContain('Your job alert is saved.');
    expect(await alertsOf(user.id)).toEqual([expect.objectContaining({ name: 'Rust jobs', criteria: { q: 'rust' } })]);

    const card = page.getByRole('article', { name: 'Rust jobs' });
    await card.getByRole('button', { name: 'Pause alert' }).click();
    await page.waitForURL(`${base}/me/alerts`);
    await expect(page.getByRole('status').first().innerText()).resolves.toContain('Alert paused.');
    expect((await alertsOf(user.id))[0]!.paused).toBe(true);
    await card.getByRole('button', { name: 'Resume alert' }).click();
    await page.waitForURL(`${base}/me/alerts`);
    await expect(page.getByRole('status').first().innerText()).resolves.toContain('Alert resumed.');
    expect((await alertsOf(user.id))[0]!.paused).toBe(false);

    await card.getByRole('link', { name: 'Edit Rust jobs' }).click();
    await page.getByRole('button', { name: 'Delete alert' }).click();
    await page.waitForURL(`${base}/me/alerts`);
    await expect(page.getByRole('status').first().innerText()).resolves.toContain('Alert deleted.');
    await expect(page.getByText('You have no alerts yet.').isVisible()).resolves.toBe(true);
    expect(await alertsOf(user.id)).toEqual([]);
    await context.close();
  });

  it('passes axe and fits a 375 px phone on the alerts, edit and preview pages', async () => {
    const { context, offsite, user, page } = await seekerPage({ phone: true });
    const alerts = env.api.app.get(AlertsService);
    const go = await alerts.create(user.id, {
      name: 'Remote Go platform roles in Europe with a long name',
      frequency: 'weekly',
      criteria: { q: 'platform', region: 'Europe', remote: true, tags: ['go'] },
    });
    const nothing = await alerts.create(user.id, { name: 'Nothing yet', frequency: 'weekly', criteria: { q: 'cobol' } });
    await alerts.update(user.id, nothing.id, { paused: true });
    const checks: Array<[string, () => Promise<unknown>]> = [
      ['/me/alerts', async () => undefined],
      ['/me/alerts (refused)', () => createAlertWith(page, { name: '', frequency: 'Daily' })],
      [`/me/alerts/${go.id}/edit`, async () => undefined],
      [`/me/alerts/${go.id}/preview`, async () => undefined],
      [`/me/alerts/${nothing.id}/preview`, async () => undefined],
    ];
    for (const [what, act] of checks) {
      if (what.startsWith('/me/alerts/') || what === '/me/alerts') await page.goto(what);
      await act();
      expect({ what, overflow: await horizontalOverflow(page) }).toEqual({ what, overflow: 0 });
      expect({ what, violations: await seriousAxeViolations(page) }).toEqual({ what, violations: [] });
    }
    await expect(page.getByText('Nothing new matches yet').isVisible()).resolves.toBe(true);
    expect((await page.goto('/me/alerts/not-an-id/preview'))?.status()).toBe(404);
    expect(offsite).toEqual([]);
    await context.close();
  });
});
