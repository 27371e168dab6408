import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { Browser, BrowserContext, Page } from 'playwright-core';
import {
  createAdminSession,
  decodeMailText,
  horizontalOverflow,
  launchBrowser,
  newBrowserContext,
  PHONE,
  seriousAxeViolations,
  SmtpSink,
  startTestEnvironment,
  TestEnvironment,
} from '@app/testing';

const PASSWORD = 'correct horse battery';

describe('account journeys in the browser', () => {
  let sink: SmtpSink;
  let env: TestEnvironment;
  let browser: Browser;
  let base: string;
  let sequence = 0;
  const contexts: BrowserContext[] = [];
  /** Requests any page of this file made to another host (newBrowserContext aborts and records them). */
  const offsite: string[] = [];

  const nextEmail = () => `journey-${(sequence += 1)}@example.com`;

  async function openPage(options: Parameters<typeof newBrowserContext>[2] = {}): Promise<Page> {
    const opened = await newBrowserContext(browser, base, options);
    contexts.push(opened.context);
    opened.context.on('requestfailed', () => offsite.push(...opened.offsite.splice(0)));
    return opened.context.newPage();
  }

  async function signUp(page: Page, name: string, email = nextEmail()): Promise<string> {
    await page.goto('/signup');
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.waitForURL(`${base}/me`);
    return email;
  }

  async function logIn(page: Page, email: string, password = PASSWORD): Promise<void> {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForLoadState();
  }

  const header = (page: Page) => page.getByRole('banner');
  const noLocalStorage = (page: Page) => page.evaluate('localStorage.length === 0');
  const userIdOf = async (email: string): Promise<string | undefined> =>
    (await env.api.dataSource.query(`SELECT id FROM users WHERE email = $1`, [email]))[0]?.id;

  async function resetLinkFor(email: string): Promise<string> {
    const [mail] = await sink.waitFor((m) => m.to.includes(email));
    const link = new RegExp(`${base.replace(/[.:/]/g, '\\$&')}/reset-password\\?token=[A-Za-z0-9_-]+`).exec(decodeMailText(mail!.raw));
    expect(link).not.toBeNull();
    sink.messages.splice(sink.messages.indexOf(mail!), 1);
    return link![0];
  }

  before(async () => {
    sink = await new SmtpSink().start();
    env = await startTestEnvironment({ site: true, worker: true, env: { SMTP_URL: sink.url } });
    base = env.config.http.appUrl;
    browser = await launchBrowser();
  });

  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await env?.close();
    await sink?.stop();
  });

  it('signs up, is signed in with the name in the header and an HttpOnly SameSite=Lax cookie, then logs out', async () => {
    const page = await openPage();
    const email = await signUp(page, 'Ada Lovelace');
    await expect(page.getByRole('status').innerText()).resolves.toBe('Welcome! Your account is ready.');
    await expect(header(page).getByRole('link', { name: 'Ada Lovelace' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Your plan: Free' }).isVisible()).resolves.toBe(true);
    const [cookie] = (await page.context().cookies()).filter((c) => c.name === 'sid');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

    await header(page).getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(`${base}/`);
    await expect(page.getByRole('status').innerText()).resolves.toBe('You are logged out.');
    await expect(header(page).getByRole('link', { name: 'Log in' }).isVisible()).resolves.toBe(true);
    expect((await page.context().cookies()).filter((c) => c.name === 'sid')).toEqual([]);
    const [session] = await env.api.dataSource.query(
      `SELECT s.end_reason FROM browser_sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1`,
      [email],
    );
    expect(session.end_reason).toBe('logout');
    await expect(noLocalStorage(page)).resolves.toBe(true);
  });

  it('logs in from a page’s “Log in” link and returns to that page', async () => {
    const email = await signUp(await openPage(), 'Returning Reader');

    const page = await openPage({ javaScriptEnabled: false });
    await page.goto('/jobs?q=platform');
    await header(page).getByRole('link', { name: 'Log in' }).click();
    await page.waitForURL(/\/login\?next=/);
    await logIn(page, email);
    expect(page.url()).toBe(`${base}/jobs?q=platform`);
    await expect(page.getByRole('status').innerText()).resolves.toBe('You are logged in.');
    await expect(header(page).getByRole('link', { name: 'Returning Reader' }).isVisible()).resolves.toBe(true);

    const asked = await openPage();
    await asked.goto('/me');
    expect(asked.url()).toBe(`${base}/login?next=%2Fme`);
    await logIn(asked, email);
    expect(asked.url()).toBe(`${base}/me`);
    await expect(noLocalStorage(page)).resolves.toBe(true);
  });

  it('tells a wrong password and an unknown email apart in no way', async () => {
    const email = await signUp(await openPage(), 'Careful Typist');
    const page = await openPage();
    await page.goto('/login');
    await logIn(page, email, 'not my password');
    const wrong = await page.getByRole('alert').innerText();
    await expect(page.getByLabel('Email').inputValue()).resolves.toBe(email);
    await expect(page.getByLabel('Password').inputValue()).resolves.toBe('');
    await logIn(page, 'nobody-at-all@example.com', 'not my password');
    const unknown = await page.getByRole('alert').innerText();
    expect(wrong).toContain('Email or password is incorrect');
    expect(unknown).toBe(wrong);
    await expect(page.locator('#field-email-error').innerText()).resolves.toContain('Email or password is incorrect');
  });

  it('resets a forgotten password from the mailed link, ends the old session, and logs in with the new password', async () => {
    const signedIn = await openPage();
    const email = await signUp(signedIn, 'Forgetful Person');

    const page = await openPage({ javaScriptEnabled: false });
    await page.goto('/login');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page.waitForURL(`${base}/login`);
    await expect(page.getByRole('status').innerText()).resolves.toContain('If an account uses that email, a reset link is on its way');

    const link = await resetLinkFor(email);
    const opened = await page.goto(link);
    expect(opened?.status()).toBe(200);
    await page.getByLabel('New password').fill('short');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(page.locator('#field-password-error').innerText()).resolves.toContain('New password must be longer than or equal to 10');
    await page.getByLabel('New password').fill('an entirely new passphrase');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.waitForURL(`${base}/login`);
    await expect(page.getByRole('status').innerText()).resolves.toBe('Your password is changed. Log in with the new one.');

    await logIn(page, email);
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Email or password is incorrect');
    await logIn(page, email, 'an entirely new passphrase');
    expect(page.url()).toBe(`${base}/me`);

    await signedIn.goto('/me');
    expect(signedIn.url()).toBe(`${base}/login?next=%2Fme`);
    await expect(header(signedIn).getByRole('link', { name: 'Log in' }).isVisible()).resolves.toBe(true);
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('This reset link does not work');
    await expect(noLocalStorage(page)).resolves.toBe(true);
  });

  it('never leaves our origin after login, whatever next says', async () => {
    const email = await signUp(await openPage(), 'Next Tester');
    for (const next of ['https://evil.test', '//evil.test', '/\\evil.test', 'javascript:alert(1)']) {
      const page = await openPage();
      await page.goto(`/login?next=${encodeURIComponent(next)}`);
      await logIn(page, email);
      expect({ next, url: page.url() }).toEqual({ next, url: `${base}/me` });
    }
  });

  it('ends the session when an admin changes the role: the next page asks to log in', async () => {
    const page = await openPage();
    const email = await signUp(page, 'Soon Admin');
    const admin = await createAdminSession(env.api);
    const changed = await admin.http.patch(`/v1/admin/users/${await userIdOf(email)}`, { role: 'admin' });
    expect(changed.status).toBe(200);
    await page.goto('/me');
    expect(page.url()).toBe(`${base}/login?next=%2Fme`);
    await logIn(page, email);
    await expect(header(page).getByRole('link', { name: 'Admin', exact: true }).isVisible()).resolves.toBe(true);
  });

  it('deletes the account without JavaScript after asking again, erasing it and ending the session', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    const email = await signUp(page, 'Leaving Soon');
    await page.getByRole('link', { name: 'Delete account' }).click();
    await page.waitForURL(`${base}/me/delete`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Delete your account?');
    expect(await userIdOf(email)).toBeDefined();
    await page.getByRole('link', { name: 'Keep my account' }).click();
    await page.waitForURL(`${base}/me`);
    await page.getByRole('link', { name: 'Delete account' }).click();
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.waitForURL(`${base}/`);
    await expect(page.getByRole('status').innerText()).resolves.toContain('Your account and everything we held about you are deleted');
    expect(await userIdOf(email)).toBeUndefined();
    await page.goto('/me');
    expect(page.url()).toBe(`${base}/login?next=%2Fme`);
    await logIn(page, email);
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Email or password is incorrect');
  });

  it('saves the name and time zone from the account page', async () => {
    const page = await openPage();
    const email = await signUp(page, 'Zone Traveller');
    await page.getByLabel('Name').fill('Zone Settled');
    await page.getByLabel('Time zone').selectOption('Europe/Berlin');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(`${base}/me`);
    await expect(page.getByRole('status').innerText()).resolves.toBe('Your profile is saved.');
    await expect(page.getByLabel('Time zone').inputValue()).resolves.toBe('Europe/Berlin');
    await expect(header(page).getByRole('link', { name: 'Zone Settled' }).isVisible()).resolves.toBe(true);
    const [row] = await env.api.dataSource.query(`SELECT name, timezone FROM users WHERE email = $1`, [email]);
    expect(row).toEqual({ name: 'Zone Settled', timezone: 'Europe/Berlin' });
  });

  it('passes axe and fits a 375 px phone on every account page, refused forms and a bad reset link included', async () => {
    const page = await openPage(PHONE);
    const check = async (label: string) => {
      expect({ label, overflow: await horizontalOverflow(page) }).toEqual({ label, overflow: 0 });
      expect({ label, violations: await seriousAxeViolations(page) }).toEqual({ label, violations: [] });
    };
    for (const path of ['/signup', '/login', '/forgot-password', '/reset-password?token=not-a-token']) {
      await page.goto(path);
      await check(path);
    }
    await page.goto('/signup');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('alert').waitFor();
    await check('refused signup');
    await page.goto('/login');
    await logIn(page, 'nobody-at-all@example.com', 'nothing');
    await check('refused login');
    await page.goto('/forgot-password');
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page.getByRole('alert').waitFor();
    await check('refused forgot');

    const email = await signUp(page, 'Phone Person With A Rather Long Name Indeed');
    await check('/me');
    await page.getByLabel('Name').fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('alert').waitFor();
    await check('refused /me');
    await page.goto('/me/delete');
    await check('/me/delete');

    await page.goto('/forgot-password');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page.goto(await resetLinkFor(email));
    await check('reset form');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByRole('alert').waitFor();
    await check('refused reset');
    expect(offsite).toEqual([]);
  });
});
