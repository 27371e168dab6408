import { Browser, BrowserContext, Page } from 'playwright-core';
import { BrowserSessionsService, User } from '@app/accounts';
import { newBrowserContext, PHONE } from './browser';
import { createUser } from './factories';
import { makePlus } from './make-plus.util';
import { TestApi } from './test-app';

/**
 * Signs a browser profile in as a (new) user without going through the login form: a real server-side
 * session from BrowserSessionsService, its cookie put in the profile. For tests whose journey starts
 * signed in; the login journey itself goes through the form.
 */
export async function signInBrowser(api: TestApi, context: BrowserContext, overrides: Partial<User> = {}): Promise<User> {
  const user = await createUser(api.dataSource, overrides);
  await signInBrowserAs(api, context, user);
  return user;
}

/** The same for a user who already exists (one made through the API, say). */
export async function signInBrowserAs(api: TestApi, context: BrowserContext, user: Pick<User, 'id' | 'email' | 'role'>): Promise<void> {
  const { token } = await api.app
    .get(BrowserSessionsService)
    .start({ id: user.id, email: user.email, role: user.role }, { ip: null, userAgent: 'test' });
  const url = new URL(api.config.http.appUrl);
  await context.addCookies([
    { name: 'sid', value: token, domain: url.hostname, path: '/', httpOnly: true, sameSite: 'Lax', secure: false },
  ]);
}

export interface SignedInPageOptions {
  /** Make the user Plus (the test env needs Stripe settings, as for makePlus). */
  plus?: boolean;
  /** A 375 px phone viewport. */
  phone?: boolean;
  javaScriptEnabled?: boolean;
}

/** A fresh browser profile signed in as a new user, and a page in it; `offsite` collects requests to other hosts. */
export async function openSignedInPage(
  browser: Browser,
  api: TestApi,
  overrides: Partial<User> = {},
  options: SignedInPageOptions = {},
): Promise<{ context: BrowserContext; offsite: string[]; user: User; page: Page }> {
  const { context, offsite } = await newBrowserContext(browser, api.config.http.appUrl, {
    javaScriptEnabled: options.javaScriptEnabled,
    ...(options.phone ? PHONE : {}),
  });
  const user = await signInBrowser(api, context, overrides);
  if (options.plus) await makePlus(api.dataSource, user.id, api.config);
  return { context, offsite, user, page: await context.newPage() };
}
