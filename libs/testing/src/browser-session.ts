import { BrowserContext } from 'playwright-core';
import { BrowserSessionsService, User } from '@app/accounts';
import { TestApi } from './test-app';
import { createUser } from './factories';

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
