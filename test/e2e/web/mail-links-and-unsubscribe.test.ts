import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { Browser, BrowserContext } from 'playwright-core';
import { User } from '@app/accounts';
import { AlertsService, signUnsubscribeToken, unsubscribeKey } from '@app/alerts';
import { ApplicationsService } from '@app/jobs';
import {
  createAdminSession,
  decodeMailText,
  horizontalOverflow,
  launchBrowser,
  newBrowserContext,
  PHONE,
  PLUS_TEST_ENV,
  seriousAxeViolations,
  Session,
  signInBrowser,
  SmtpSink,
  startTestEnvironment,
  TestEnvironment,
} from '@app/testing';
import { headerOf, insertListing, NEVER_CRON, runAlerts } from '../alerts/alerts-test-kit';

/** Every address on our site that a mail carries: in its text, its HTML (entity-decoded) and its headers. */
function linksIn(raw: string, base: string): string[] {
  const found = decodeMailText(raw).match(/https?:\/\/[^\s"<>]+/g) ?? [];
  return [...new Set(found.map((url) => url.replace(/&amp;/g, '&')).filter((url) => url.startsWith(base)))].sort();
}

describe('mail links open pages, and the unsubscribe page', () => {
  let env: TestEnvironment;
  let sink: SmtpSink;
  let browser: Browser;
  let base: string;
  let admin: Session;
  let seeker: User;
  let seekerContext: BrowserContext;
  let alertId: string;
  let digest: string;

  const paused = async (id = alertId): Promise<boolean> =>
    (await env.api.dataSource.query('SELECT paused FROM job_alerts WHERE id = $1', [id]))[0].paused;
  const resume = (id = alertId) => env.api.dataSource.query('UPDATE job_alerts SET paused = false WHERE id = $1', [id]);
  const unsubscribeLinkOf = (raw: string) => linksIn(raw, base).find((url) => url.includes('/alerts/unsubscribe?token='))!;

  before(async () => {
    sink = await new SmtpSink().start();
    env = await startTestEnvironment({
      site: true,
      worker: true,
      env: { ...PLUS_TEST_ENV, SMTP_URL: sink.url, ALERTS_TICK_CRON: NEVER_CRON },
    });
    base = env.config.http.appUrl;
    admin = await createAdminSession(env.api);
    browser = await launchBrowser();
    seekerContext = (await newBrowserContext(browser, base)).context;
    seeker = await signInBrowser(env.api, seekerContext);
    for (let i = 0; i < 21; i += 1) {
      await insertListing(env.api.dataSource, { title: `Mailed Backend Role ${i}`, category: 'mailed', publishedMinutesAgo: 10 + i });
    }
    const alert = await env.api.app.get(AlertsService).create(seeker.id, {
      name: 'Mailed backend',
      frequency: 'weekly',
      criteria: { category: 'mailed', remote: true },
    });
    alertId = alert.id;
    const run = await runAlerts({ admin }, 'weekly');
    expect(run).toMatchObject({ status: 'completed', emailsSent: 1 });
    digest = (await sink.waitFor((mail) => mail.to.includes(seeker.email)))[0]!.raw;
  });

  after(async () => {
    await seekerContext?.close();
    await browser?.close();
    await env?.close();
    await sink?.stop();
  });

  it('links every listing, the rest, the unsubscribe page and the alerts page of a real digest to pages, never to /v1', async () => {
    const links = linksIn(digest, base);
    const paths = links.map((url) => new URL(url).pathname);
    expect(paths.filter((path) => path.startsWith('/jobs/'))).toHaveLength(20);
    expect(paths).toContain('/jobs');
    expect(paths).toContain('/me/alerts');
    expect(paths).toContain('/alerts/unsubscribe');
    expect(links.filter((url) => url.includes('/v1/'))).toEqual([]);
    expect(headerOf(digest, 'List-Unsubscribe')).toMatch(new RegExp(`^<${base}/alerts/unsubscribe\\?token=[^>]+>$`));
  });

  it('opens each link of the digest as a page for people (200 text/html), and opening them changes nothing', async () => {
    const page = await seekerContext.newPage();
    const header = /^<(.+)>$/.exec(headerOf(digest, 'List-Unsubscribe')!)![1]!;
    for (const url of [...linksIn(digest, base), header]) {
      const response = await page.goto(url);
      expect({ url, status: response?.status(), type: response?.headers()['content-type'] }).toEqual({
        url,
        status: 200,
        type: 'text/html; charset=utf-8',
      });
      expect(page.url()).toBe(url);
    }
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Stop this job alert');
    expect(await paused()).toBe(false);
    await page.close();
  });

  it('opens the link of a real application-status mail: the tracker, with the new status', async () => {
    const listing = await insertListing(env.api.dataSource, { title: 'Reviewed Backend Role', category: 'reviewed' });
    const application = await env.api.app.get(ApplicationsService).apply(seeker.id, listing.id, { coverLetter: 'Hello' });
    expect((await admin.http.patch(`/v1/admin/applications/${application.id}`, { status: 'reviewing' })).status).toBe(200);
    const [mail] = await sink.waitFor((m) => m.to.includes(seeker.email) && decodeMailText(m.raw).includes('started reviewing'));
    const links = linksIn(mail!.raw, base);
    expect(links).toEqual([`${base}/me/applications`]);
    const page = await seekerContext.newPage();
    const response = await page.goto(links[0]!);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toBe('text/html; charset=utf-8');
    await expect(page.getByRole('article', { name: 'Reviewed Backend Role at Acme Cloud' }).innerText()).resolves.toContain(
      'Status: In review',
    );
    await page.close();
  });

  it('shows which alert the unsubscribe link stops, changes nothing on GET, and pauses it with its button', async () => {
    await resume();
    const { context } = await newBrowserContext(browser, base);
    const page = await context.newPage();
    const link = unsubscribeLinkOf(digest);
    for (let i = 0; i < 3; i += 1) {
      expect((await page.goto(link))?.status()).toBe(200);
      await page.reload();
    }
    await expect(page.getByRole('article', { name: 'Mailed backend' }).innerText()).resolves.toContain('Weekly · Active');
    expect(await paused()).toBe(false);
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await page.waitForURL(link);
    await expect(page.getByRole('status').first().innerText()).resolves.toContain('Done: that alert is paused.');
    await expect(page.getByRole('article', { name: 'Mailed backend' }).innerText()).resolves.toContain('Weekly · Paused');
    await expect(page.getByRole('button', { name: 'Unsubscribe' }).count()).resolves.toBe(0);
    expect(await paused()).toBe(true);
    await context.close();
  });

  it('pauses the alerts of the link on an RFC 8058 one-click POST (no cookies, no CSRF token), idempotently', async () => {
    for (const link of [unsubscribeLinkOf(digest), /^<(.+)>$/.exec(headerOf(digest, 'List-Unsubscribe')!)![1]!]) {
      await resume();
      for (let i = 0; i < 2; i += 1) {
        const response = await fetch(link, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'List-Unsubscribe=One-Click',
          redirect: 'manual',
        });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(await response.text()).toContain('Done: that alert is paused.');
      }
      expect(await paused()).toBe(true);
    }
  });

  it('answers a bad or altered link with a page saying so (400), a deleted alert with a 404 page, never a 500', async () => {
    await resume();
    const token = new URL(unsubscribeLinkOf(digest)).searchParams.get('token')!;
    const altered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    const { context } = await newBrowserContext(browser, base);
    const page = await context.newPage();
    for (const query of [
      '',
      '?token=',
      '?token=garbage',
      `?token=${encodeURIComponent(altered)}`,
      `?token=${'x'.repeat(3000)}`,
      '?token=a&token=b',
    ]) {
      const response = await page.goto(`/alerts/unsubscribe${query}`);
      expect({ query, status: response?.status() }).toEqual({ query, status: 400 });
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('This unsubscribe link is not valid');
      const posted = await fetch(`${base}/alerts/unsubscribe${query}`, { method: 'POST', body: 'List-Unsubscribe=One-Click' });
      expect({ query, status: posted.status }).toEqual({ query, status: 400 });
    }
    expect(await paused()).toBe(false);

    const gone = await env.api.app.get(AlertsService).create(seeker.id, { name: 'Soon deleted', frequency: 'weekly', criteria: {} });
    const goneLink = `/alerts/unsubscribe?token=${signUnsubscribeToken([gone.id], unsubscribeKey(env.config.auth.jwtSecret))}`;
    await env.api.app.get(AlertsService).remove(seeker.id, gone.id);
    expect((await page.goto(goneLink))?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('This alert no longer exists');
    await context.close();
  });

  it('passes axe and fits a 375 px phone on the unsubscribe page, active, paused and invalid', async () => {
    await resume();
    const { context, offsite } = await newBrowserContext(browser, base, PHONE);
    const page = await context.newPage();
    const link = unsubscribeLinkOf(digest);
    for (const step of ['active', 'paused', 'invalid'] as const) {
      if (step === 'paused') await page.getByRole('button', { name: 'Unsubscribe' }).click();
      else await page.goto(step === 'active' ? link : '/alerts/unsubscribe?token=nope');
      await page.waitForLoadState();
      expect({ step, overflow: await horizontalOverflow(page) }).toEqual({ step, overflow: 0 });
      expect({ step, violations: await seriousAxeViolations(page) }).toEqual({ step, violations: [] });
    }
    expect(offsite).toEqual([]);
    await context.close();
  });
});
