import { csrfTokenOf, WebClient } from '@app/testing';
import { RouteStats } from './route-stats';
import { SOAK_PASSWORD, SoakWorld } from './soak-world';

export interface SoakClock {
  /** Whether the run is still on. */
  running(): boolean;
  /** A user's pause between two steps (a person reading). */
  think(): Promise<void>;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

/** Sends one request and records its latency and status under `route`; the body is always read. */
async function timed(stats: RouteStats, route: string, send: () => Promise<{ status: number; text?: string }>): Promise<number | null> {
  const started = performance.now();
  try {
    const { status, text } = await send();
    stats.record(route, performance.now() - started, status, status >= 500 ? (text ?? '').slice(0, 200) : '');
    return status;
  } catch (error) {
    stats.record(route, performance.now() - started, null, String((error as Error).message));
    return null;
  }
}

/**
 * A person in a browser (JavaScript off: plain pages and forms): browses anonymously, logs in once through the
 * login form and keeps the session cookie, then searches, reads listings and guides, saves jobs and applies.
 */
export async function browserUser(world: SoakWorld, email: string, baseUrl: string, stats: RouteStats, clock: SoakClock): Promise<void> {
  const web = new WebClient(baseUrl);
  const get = (route: string, path: string) => timed(stats, route, () => web.get(path, { 'accept-encoding': 'br, gzip' }));
  await get('GET /', '/');
  await clock.think();
  await get('GET /jobs?q=', `/jobs?q=${encodeURIComponent(pick(world.searches))}`);
  await clock.think();

  let csrf = '';
  const loginForm = await web.get('/login');
  const loggedIn = await timed(stats, 'POST /login', () =>
    web.post('/login', { _csrf: csrfTokenOf(loginForm.text), email, password: SOAK_PASSWORD }),
  );
  if (loggedIn !== 303) return;
  const refreshCsrf = async () => {
    const me = await web.get('/me');
    csrf = csrfTokenOf(me.text);
  };
  await refreshCsrf();

  const applied = new Set<string>();
  while (clock.running()) {
    const listing = pick(world.listings);
    const roll = Math.random();
    if (roll < 0.3) await get('GET /jobs?q=', `/jobs?q=${encodeURIComponent(pick(world.searches))}`);
    else if (roll < 0.55) await get('GET /jobs/:slug', `/jobs/${listing.slug}`);
    else if (roll < 0.65) await get('GET /careers/:slug', `/careers/${pick(world.guides)}`);
    else if (roll < 0.7) await get('GET /', '/');
    else if (roll < 0.78) {
      const status = await timed(stats, 'POST /me/bookmarks/:jobId', () => web.post(`/me/bookmarks/${listing.id}`, { _csrf: csrf }));
      if (status === 403) await refreshCsrf();
    } else if (roll < 0.83) await get('GET /me/bookmarks', '/me/bookmarks');
    else if (roll < 0.88 && !applied.has(listing.id)) {
      applied.add(listing.id);
      await get('GET /jobs/:slug/apply', `/jobs/${listing.slug}/apply`);
      await timed(stats, 'POST /jobs/:slug/apply', () =>
        web.post(`/jobs/${listing.slug}/apply`, { _csrf: csrf, coverLetter: 'I would like to join your team.' }),
      );
    } else if (roll < 0.94) await get('GET /me/applications', '/me/applications');
    else await get('GET /me/alerts', '/me/alerts');
    await clock.think();
  }
}

/**
 * A client of the JSON API (an app): searches and reads anonymously, logs in once with the login route, keeps its
 * tokens (refreshing on a 401), bookmarks, applies, and keeps up to its plan's alerts, previewing them.
 */
export async function apiUser(world: SoakWorld, email: string, baseUrl: string, stats: RouteStats, clock: SoakClock): Promise<void> {
  let tokens: { accessToken: string; refreshToken: string } | null = null;
  const call = (route: string, method: string, path: string, body?: unknown) =>
    timed(stats, route, async () => {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          'accept-encoding': 'br, gzip',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(tokens ? { authorization: `Bearer ${tokens.accessToken}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (response.ok && /^POST \/v1\/auth\/(login|refresh)$/.test(route)) tokens = JSON.parse(text);
      if (route === 'GET /v1/me/alerts' && response.ok)
        alerts = (JSON.parse(text) as { items: Array<{ id: string }> }).items.map((a) => a.id);
      return { status: response.status, text };
    });
  let alerts: string[] = [];

  await call('GET /v1/jobs?q=', 'GET', `/v1/jobs?q=${encodeURIComponent(pick(world.searches))}`);
  await clock.think();
  if ((await call('POST /v1/auth/login', 'POST', '/v1/auth/login', { email, password: SOAK_PASSWORD })) !== 200) return;
  const authed = async (route: string, method: string, path: string, body?: unknown) => {
    const status = await call(route, method, path, body);
    if (status === 401 && tokens) {
      await call('POST /v1/auth/refresh', 'POST', '/v1/auth/refresh', { refreshToken: tokens.refreshToken });
      return call(route, method, path, body);
    }
    return status;
  };
  await authed('GET /v1/me/alerts', 'GET', '/v1/me/alerts');

  const applied = new Set<string>();
  while (clock.running()) {
    const listing = pick(world.listings);
    const roll = Math.random();
    if (roll < 0.3) await call('GET /v1/jobs?q=', 'GET', `/v1/jobs?q=${encodeURIComponent(pick(world.searches))}`);
    else if (roll < 0.5) await call('GET /v1/jobs/:idOrSlug', 'GET', `/v1/jobs/${listing.slug}`);
    else if (roll < 0.58) await call('GET /v1/guides/:slug', 'GET', `/v1/guides/${pick(world.guides)}`);
    else if (roll < 0.62) await call('GET /v1/guides/:slug/jobs', 'GET', `/v1/guides/${pick(world.guides)}/jobs`);
    else if (roll < 0.7) await authed('PUT /v1/me/bookmarks/:jobId', 'PUT', `/v1/me/bookmarks/${listing.id}`);
    else if (roll < 0.75) await authed('GET /v1/me/bookmarks', 'GET', '/v1/me/bookmarks');
    else if (roll < 0.8 && !applied.has(listing.id)) {
      applied.add(listing.id);
      await authed('POST /v1/jobs/:id/applications', 'POST', `/v1/jobs/${listing.id}/applications`, {
        coverLetter: 'Hello from the soak.',
      });
    } else if (roll < 0.85) await authed('GET /v1/me/applications', 'GET', '/v1/me/applications');
    else if (roll < 0.9 && alerts.length < 3) {
      await authed('POST /v1/me/alerts', 'POST', '/v1/me/alerts', {
        name: `Soak ${alerts.length + 1}`,
        frequency: 'weekly',
        criteria: { q: pick(world.searches) },
      });
      await authed('GET /v1/me/alerts', 'GET', '/v1/me/alerts');
    } else if (roll < 0.95 && alerts.length > 0)
      await authed('GET /v1/me/alerts/:id/preview', 'GET', `/v1/me/alerts/${pick(alerts)}/preview`);
    else await authed('GET /v1/me', 'GET', '/v1/me');
    await clock.think();
  }
}

/**
 * The admin starts a weekly alert run every minute from `firstAfterMs` on, so the workers build digests and send
 * mail under the load.
 */
export async function alertRunAdmin(
  world: SoakWorld,
  baseUrl: string,
  stats: RouteStats,
  clock: SoakClock,
  firstAfterMs: number,
): Promise<void> {
  await new Promise((r) => setTimeout(r, firstAfterMs));
  const login = await fetch(`${baseUrl}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: world.admin.email, password: SOAK_PASSWORD }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  while (clock.running()) {
    await timed(stats, 'POST /v1/admin/alerts/runs', async () => {
      const response = await fetch(`${baseUrl}/v1/admin/alerts/runs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
        body: JSON.stringify({ frequency: 'weekly' }),
      });
      return { status: response.status, text: await response.text() };
    });
    for (let waited = 0; waited < 60_000 && clock.running(); waited += 1000) await new Promise((r) => setTimeout(r, 1000));
  }
}
