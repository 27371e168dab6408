import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { AccessTokenService, BackgroundTasks, Role } from '@app/accounts';
import { csrfTokenOf, startTestEnvironment, TestEnvironment, WebClient } from '@app/testing';

const PASSWORD = 'correct horse battery';

describe('account forms over HTTP', () => {
  let env: TestEnvironment;
  let base: string;
  let sequence = 0;

  const client = () => new WebClient(base);
  const nextEmail = () => `web-form-${(sequence += 1)}@example.com`;

  async function signedUp(name = 'Form Tester'): Promise<{ web: WebClient; email: string; userId: string }> {
    const web = client();
    const email = nextEmail();
    const response = await web.submit('/signup', '/signup', { name, email, password: PASSWORD });
    expect(response.status).toBe(303);
    const [row] = await env.api.dataSource.query(`SELECT id FROM users WHERE email = $1`, [email]);
    return { web, email, userId: row.id };
  }

  const userRow = async (id: string) => (await env.api.dataSource.query(`SELECT name, timezone FROM users WHERE id = $1`, [id]))[0];
  const liveSessions = async (userId: string) =>
    Number(
      (await env.api.dataSource.query(`SELECT count(*) AS n FROM browser_sessions WHERE user_id = $1 AND ended_at IS NULL`, [userId]))[0].n,
    );
  const summaryOf = (html: string) => /<div class="error-summary"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';

  before(async () => {
    env = await startTestEnvironment({ site: true });
    base = env.config.http.appUrl;
  });
  after(() => env?.close());

  it('refuses posts without the CSRF token, or with another browser’s, with the 403 page and changes nothing', async () => {
    const { web, userId } = await signedUp('Kept Name');
    const stranger = client();
    const strangerToken = csrfTokenOf((await stranger.get('/login')).text);

    for (const [path, fields] of [
      ['/me', { name: 'Changed', timezone: 'Europe/Berlin' }],
      ['/logout', {}],
      ['/me/delete', {}],
    ] as const) {
      for (const token of [undefined, '', strangerToken]) {
        const response = await web.post(path, token === undefined ? fields : { ...fields, _csrf: token });
        expect({ path, token, status: response.status }).toEqual({ path, token, status: 403 });
        expect(response.headers.get('content-type')).toContain('text/html');
        expect(response.text).toContain('You cannot open this page');
      }
    }
    expect(await userRow(userId)).toEqual({ name: 'Kept Name', timezone: 'UTC' });
    expect(await liveSessions(userId)).toBe(1);
    expect((await web.get('/me')).status).toBe(200);
  });

  it('refuses a post carrying the right token when the browser says it comes from another origin or site', async () => {
    const { web, userId } = await signedUp('Origin Tester');
    const token = csrfTokenOf((await web.get('/me')).text);
    const forged = [
      { origin: 'http://127.0.0.1:1', 'sec-fetch-site': 'same-site' },
      { origin: 'https://evil.test', 'sec-fetch-site': 'cross-site' },
      { origin: null, 'sec-fetch-site': 'same-site' },
      { origin: 'http://127.0.0.1:1', 'sec-fetch-site': null },
      { origin: 'null', 'sec-fetch-site': null },
    ];
    for (const headers of forged) {
      const response = await web.post('/me', { _csrf: token, name: 'Forged', timezone: 'UTC' }, headers);
      expect({ headers, status: response.status }).toEqual({ headers, status: 403 });
    }
    expect((await userRow(userId)).name).toBe('Origin Tester');
    // Chromium sends `Origin: null` with a site's own form posts under `Referrer-Policy: no-referrer`.
    const own = await web.post('/me', { _csrf: token, name: 'Own Change', timezone: 'Asia/Tokyo' }, { origin: 'null' });
    expect(own.status).toBe(303);
    expect(await userRow(userId)).toEqual({ name: 'Own Change', timezone: 'Asia/Tokyo' });
  });

  it('sets an HttpOnly, SameSite=Lax session cookie that expires with its session, and a new session at every login', async () => {
    const email = nextEmail();
    const first = client();
    const signup = await first.submit('/signup?next=/jobs', '/signup', { name: 'Cookie Tester', email, password: PASSWORD, next: '/jobs' });
    expect(signup.status).toBe(303);
    expect(signup.location).toBe('/jobs');
    const setCookie = signup.headers.getSetCookie().find((line) => line.startsWith('sid='))!;
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Lax/);
    expect(setCookie).toMatch(/; Path=\//);
    const [session] = await env.api.dataSource.query(
      `SELECT s.expires_at FROM browser_sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1`,
      [email],
    );
    const expires = Date.parse(/Expires=([^;]+)/.exec(setCookie)![1]!);
    expect(Math.abs(expires - new Date(session.expires_at).getTime())).toBeLessThan(1500);

    const firstSid = first.cookies.get('sid')!;
    const again = await first.submit('/me', '/login', { email, password: PASSWORD });
    expect(again.status).toBe(303);
    expect(first.cookies.get('sid')).not.toBe(firstSid);
    const elsewhere = client();
    expect((await elsewhere.submit('/login', '/login', { email, password: PASSWORD })).status).toBe(303);
    const sessions = await env.api.dataSource.query(
      `SELECT s.ended_at IS NULL AS live FROM browser_sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1 ORDER BY s.created_at`,
      [email],
    );
    expect(sessions.map((s: { live: boolean }) => s.live)).toEqual([false, true, true]);
    const replaced = client();
    replaced.cookies.set('sid', firstSid);
    expect((await replaced.get('/me')).location).toBe('/login?next=%2Fme');
  });

  it('re-renders a refused signup with 422, each message beside its field, the values kept and the password not', async () => {
    const web = client();
    const response = await web.submit('/signup', '/signup', { name: '  ', email: 'not-an-email', password: 'short' });
    expect(response.status).toBe(422);
    expect(response.text).toContain('id="field-name-error"');
    expect(response.text).toContain('id="field-email-error"');
    expect(response.text).toContain('id="field-password-error"');
    expect(response.text).toMatch(/Password must be longer than or equal to 10 characters/);
    expect(response.text).toContain('value="not-an-email"');
    expect(response.text).not.toContain('value="short"');
    expect(summaryOf(response.text)).toContain('href="#field-email"');

    const taken = await signedUp();
    const again = await client().submit('/signup', '/signup', { name: 'Twice', email: taken.email.toUpperCase(), password: PASSWORD });
    expect(again.status).toBe(422);
    expect(again.text).toContain('An account with this email already exists');
    expect(again.text).toContain('id="field-email-error"');
  });

  it('answers a wrong password and an unknown email with the same message, then 429 once the login limit is reached', async () => {
    const { email } = await signedUp();
    const web = client();
    const wrong = await web.submit('/login', '/login', { email, password: 'not the password' });
    const unknown = await web.submit('/login', '/login', { email: 'nobody-here@example.com', password: 'not the password' });
    expect(wrong.status).toBe(422);
    expect(unknown.status).toBe(422);
    expect(summaryOf(wrong.text)).toContain('Email or password is incorrect');
    expect(summaryOf(wrong.text)).toBe(summaryOf(unknown.text));
    expect(web.cookies.has('sid')).toBe(false);

    for (let attempt = 2; attempt <= 10; attempt += 1) await web.submit('/login', '/login', { email, password: 'still not it' });
    const limited = await web.submit('/login', '/login', { email, password: PASSWORD });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(summaryOf(limited.text)).toMatch(/Too many attempts\. Wait \d+ minutes? and try again\./);
    expect(limited.text).toContain(`value="${email}"`);
    expect(web.cookies.has('sid')).toBe(false);
  });

  it('sends a signed-in visitor who opens /login or /signup on to next or /me, and follows only safe next paths', async () => {
    const { web } = await signedUp();
    expect((await web.get('/login')).location).toBe('/me');
    expect((await web.get('/signup?next=%2Fjobs%3Fq%3Dgo')).location).toBe('/jobs?q=go');
    for (const next of ['https://evil.test', '//evil.test', '/\\evil.test']) {
      expect((await web.get(`/login?next=${encodeURIComponent(next)}`)).location).toBe('/me');
    }
    const { email } = await signedUp();
    const fresh = client();
    const landed = await fresh.submit('/login', '/login', { email, password: PASSWORD, next: '//evil.test' });
    expect(landed.location).toBe('/me');
  });

  it('asks for login on /me and its export, and downloads the JSON of GET /v1/me/export', async () => {
    expect((await client().get('/me')).location).toBe('/login?next=%2Fme');
    expect((await client().get('/me/export')).location).toBe('/login?next=%2Fme%2Fexport');
    const { web, userId, email } = await signedUp('Export Tester');
    const file = await web.get('/me/export');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('application/json');
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="jobboard-personal-data.json"');
    const exported = JSON.parse(file.text);
    const token = new AccessTokenService(env.config).sign({ id: userId, email, role: Role.Seeker });
    const api = await env.api.http.get('/v1/me/export', { token });
    expect(exported.userId).toBe(userId);
    expect(Object.keys(exported.sections).sort()).toEqual(Object.keys(api.body.sections).sort());
    expect(exported.sections.account).toEqual(api.body.sections.account);
  });

  it('refuses an unknown time zone and an empty name beside their fields, keeping what was typed', async () => {
    const { web, userId } = await signedUp('Zone Tester');
    const response = await web.submit('/me', '/me', { name: '', timezone: 'Mars/Olympus_Mons' });
    expect(response.status).toBe(422);
    expect(response.text).toContain('Time zone must be an IANA time zone such as Europe/Berlin');
    expect(response.text).toContain('id="field-name-error"');
    expect(response.text).toContain('<option value="Mars/Olympus_Mons" selected>');
    expect(await userRow(userId)).toEqual({ name: 'Zone Tester', timezone: 'UTC' });
  });

  it('answers the forgot form the same for a known and an unknown email, and mails only the known one', async () => {
    const { email } = await signedUp();
    const known = await client().submit('/forgot-password', '/forgot-password', { email });
    const unknown = await client().submit('/forgot-password', '/forgot-password', { email: 'no-account@example.com' });
    expect([known.status, known.location]).toEqual([303, '/login']);
    expect([unknown.status, unknown.location]).toEqual([303, '/login']);
    expect(known.headers.getSetCookie().find((c) => c.startsWith('flash='))).toMatch(/^flash=reset-link-sent;/);
    expect(unknown.headers.getSetCookie().find((c) => c.startsWith('flash='))).toMatch(/^flash=reset-link-sent;/);
    await env.api.app.get(BackgroundTasks).settled();
    const mails = await env.api.dataSource.query(`SELECT to_address FROM outbound_mail WHERE to_address IN ($1, $2)`, [
      email,
      'no-account@example.com',
    ]);
    expect(mails).toEqual([{ to_address: email }]);
    const refused = await client().submit('/forgot-password', '/forgot-password', { email: 'nope' });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('Email must be an email');
  });

  it('says a reset link does not work when its token is unknown, missing or used, and changes no password', async () => {
    for (const path of ['/reset-password?token=not-a-token', '/reset-password']) {
      const response = await client().get(path);
      expect(response.status).toBe(400);
      expect(response.text).toContain('This reset link does not work');
      expect(response.text).not.toContain('name="password"');
    }
    const posted = await client().submit('/forgot-password', '/reset-password', { token: 'not-a-token', password: 'a new long password' });
    expect(posted.status).toBe(400);
    expect(posted.text).toContain('This reset link does not work');
  });
});
