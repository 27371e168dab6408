import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, startTestEnvironment, TestEnvironment } from '@app/testing';

const PASSWORD = 'correct horse battery';

/** What the attacker's page sends to our origin: a form that submits itself, with a token it had to guess. */
const ATTACKS: Record<string, { action: string; fields: Record<string, string> }> = {
  '/logout': { action: '/logout', fields: { _csrf: 'guessed' } },
  '/rename': { action: '/me', fields: { _csrf: 'guessed', name: 'Pwned', timezone: 'Asia/Tokyo' } },
  '/erase': { action: '/me/delete', fields: {} },
};

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** A page on another port of 127.0.0.1 — same site as ours, so SameSite=Lax cookies ride along. */
function attackerPage(target: string, path: string): string {
  if (path === '/read') {
    return `<!doctype html><title>Free stuff</title><script>
      fetch(${JSON.stringify(`${target}/me`)}, { credentials: 'include' })
        .then((r) => r.text()).then((t) => { document.title = 'read:' + t.length; })
        .catch(() => { document.title = 'blocked'; });
    </script>`;
  }
  const attack = ATTACKS[path]!;
  const inputs = Object.entries(attack.fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeAttribute(name)}" value="${escapeAttribute(value)}">`)
    .join('');
  return `<!doctype html><title>Free stuff</title><form method="post" action="${escapeAttribute(target + attack.action)}">${inputs}</form>
    <script>document.forms[0].submit();</script>`;
}

describe('forged posts from another port of the same host', () => {
  let env: TestEnvironment;
  let browser: Browser;
  let attacker: Server;
  let attackerUrl: string;
  let base: string;
  let context: BrowserContext;
  let victim: { id: string; email: string };

  const userRow = async () => (await env.api.dataSource.query(`SELECT name, timezone FROM users WHERE id = $1`, [victim.id]))[0];
  const liveSessions = async () =>
    Number(
      (await env.api.dataSource.query(`SELECT count(*) AS n FROM browser_sessions WHERE user_id = $1 AND ended_at IS NULL`, [victim.id]))[0]
        .n,
    );

  before(async () => {
    env = await startTestEnvironment({ site: true });
    base = env.config.http.appUrl;
    attacker = createServer((request, response) => {
      const path = request.url ?? '/';
      if (path !== '/read' && !Object.hasOwn(ATTACKS, path)) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(attackerPage(base, path));
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
    browser = await launchBrowser();
    // A plain profile: it must reach the attacker's host, which newBrowserContext would refuse.
    context = await browser.newContext({ baseURL: base });
    const page = await context.newPage();
    victim = { id: '', email: 'victim@example.com' };
    await page.goto('/signup');
    await page.getByLabel('Name').fill('Victim');
    await page.getByLabel('Email').fill(victim.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.waitForURL(`${base}/me`);
    victim.id = (await env.api.dataSource.query(`SELECT id FROM users WHERE email = $1`, [victim.email]))[0].id;
    await page.close();
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await new Promise((resolve) => attacker?.close(resolve));
    await env?.close();
  });

  async function sufferAttack(path: string): Promise<{ page: Page; status: number; sentCookie: string }> {
    const page = await context.newPage();
    const action = `${base}${ATTACKS[path]!.action}`;
    const posted = page.waitForResponse((response) => response.url() === action && response.request().method() === 'POST');
    await page.goto(`${attackerUrl}${path}`);
    const response = await posted;
    await page.waitForURL(action);
    return { page, status: response.status(), sentCookie: (await response.request().allHeaders()).cookie ?? '' };
  }

  for (const path of Object.keys(ATTACKS)) {
    it(`refuses the attacker’s ${path} post with the 403 page although the session cookie was sent, and changes nothing`, async () => {
      const { page, status, sentCookie } = await sufferAttack(path);
      expect(sentCookie).toMatch(/(^|; )sid=/);
      expect(status).toBe(403);
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('You cannot open this page');
      expect(await userRow()).toEqual({ name: 'Victim', timezone: 'UTC' });
      expect(await liveSessions()).toBe(1);
      await page.goto(`${base}/me`);
      await expect(page.getByRole('banner').getByRole('link', { name: 'Victim' }).isVisible()).resolves.toBe(true);
      await page.close();
    });
  }

  it('lets the attacker’s page read none of our pages, so it cannot learn the CSRF token', async () => {
    const page = await context.newPage();
    await page.goto(`${attackerUrl}/read`);
    await page.waitForFunction(() => (globalThis as unknown as { document: { title: string } }).document.title !== 'Free stuff');
    await expect(page.title()).resolves.toBe('blocked');
    await page.close();
  });

  it('keeps the session cookie HttpOnly and SameSite=Lax, and puts nothing in localStorage', async () => {
    const [cookie] = (await context.cookies(base)).filter((c) => c.name === 'sid');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    const page = await context.newPage();
    await page.goto('/me');
    await expect(page.evaluate('localStorage.length === 0')).resolves.toBe(true);
    await page.close();
  });
});
