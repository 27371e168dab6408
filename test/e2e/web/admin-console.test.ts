import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { readFileSync } from 'node:fs';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { Role, User } from '@app/accounts';
import {
  createJobListing,
  createSession,
  createUser,
  horizontalOverflow,
  launchBrowser,
  makePlus,
  newBrowserContext,
  PHONE,
  PLUS_TEST_ENV,
  seriousAxeViolations,
  signInBrowser,
  SmtpSink,
  startTestEnvironment,
  TestEnvironment,
} from '@app/testing';
import { repoPath } from '../career-guides/support/repo-path';

/**
 * The public guide page (/careers/:slug) is built on another branch. Until it lands the journey checks the published
 * guide through GET /v1/guides/:slug; set this to true at merge to also check the page.
 */
const CAREER_PAGE_LANDED = true;

const ADMIN_PAGES = [
  '/admin',
  '/admin/jobs',
  '/admin/jobs/new',
  '/admin/jobs/import',
  '/admin/guides',
  '/admin/guides/import',
  '/admin/users',
  '/admin/alerts',
  '/admin/audit',
];

describe('the admin console in a browser', () => {
  let env: TestEnvironment;
  let sink: SmtpSink;
  let browser: Browser;
  let base: string;
  let context: BrowserContext;
  let admin: User;

  before(async () => {
    sink = await new SmtpSink().start();
    env = await startTestEnvironment({ site: true, worker: true, env: { SMTP_URL: sink.url, ...PLUS_TEST_ENV } });
    base = env.config.http.appUrl;
    browser = await launchBrowser();
    ({ context } = await newBrowserContext(browser, base));
    admin = await signInBrowser(env.api, context, { role: Role.Admin, name: 'Ada Admin' });
  });
  after(async () => {
    await browser?.close();
    await env?.close();
    await sink?.stop();
  });

  async function auditActions(entityId: string): Promise<Array<{ action: string; actor_id: string | null }>> {
    return env.api.dataSource.query(`SELECT action, actor_id FROM audit_entries WHERE entity_id = $1 ORDER BY created_at, id`, [entityId]);
  }

  it('imports a pasted guide as a draft, fixes a field, publishes it, and the public guide shows it', async () => {
    const page = await context.newPage();
    await page.goto('/admin/guides/import');
    const text = readFileSync(repoPath('../shared/fixtures/career-guides/backend-developer.txt'), 'utf8');
    await page.getByLabel('Guide text').fill(text);
    await page.getByRole('button', { name: 'Import guide' }).click();
    await page.waitForURL(/\/admin\/guides\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;
    await expect(page.getByRole('status').innerText()).resolves.toContain('imported as a draft');
    await page.getByLabel('Summary').fill('Backend developers build the servers, APIs and data stores behind every app.');
    await page.getByRole('button', { name: 'Save guide' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toContain('The guide is saved');
    await page.getByRole('button', { name: 'Publish guide' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toContain('The guide is published');
    const slug = await page.getByLabel('Slug').inputValue();

    const published = await env.api.http.get(`/v1/guides/${slug}`);
    expect(published.status).toBe(200);
    expect(published.body.summary).toBe('Backend developers build the servers, APIs and data stores behind every app.');
    if (CAREER_PAGE_LANDED) {
      const careers = await page.goto(`/careers/${slug}`);
      expect(careers?.status()).toBe(200);
      await expect(page.title()).resolves.toContain(published.body.title);
    }
    expect((await auditActions(id)).map((entry) => [entry.action, entry.actor_id])).toEqual([
      ['guide.import', admin.id],
      ['guide.update', admin.id],
      ['guide.publish', admin.id],
    ]);
    await page.close();
  });

  it('says in words that a stale guide edit was refused (409), keeps the typed values, and records nothing', async () => {
    const first = await context.newPage();
    await first.goto('/admin/guides?status=published');
    await first.getByRole('table').getByRole('link').first().click();
    const id = first.url().split('/').pop()!;
    const second = await context.newPage();
    await second.goto(`/admin/guides/${id}`);
    await first.getByLabel('Title').fill('Backend Developer Career Guide, edited first');
    await first.getByRole('button', { name: 'Save guide' }).click();
    await expect(first.getByRole('status').innerText()).resolves.toContain('saved');
    const before = (await auditActions(id)).length;
    await second.getByLabel('Title').fill('Backend Developer Career Guide, edited second');
    const [response] = await Promise.all([
      second.waitForResponse((r) => r.request().method() === 'POST'),
      second.getByRole('button', { name: 'Save guide' }).click(),
    ]);
    expect(response.status()).toBe(409);
    await expect(second.getByRole('alert').innerText()).resolves.toContain('409');
    await expect(second.getByRole('alert').innerText()).resolves.toContain('Someone else saved this guide');
    await expect(second.getByLabel('Title').inputValue()).resolves.toBe('Backend Developer Career Guide, edited second');
    expect((await auditActions(id)).length).toBe(before);
    await first.close();
    await second.close();
  });

  it('creates a listing with the form and its preview, publishes it, and finds it on /jobs', async () => {
    const page = await context.newPage();
    await page.goto('/admin/jobs/new');
    await page.getByLabel('Title', { exact: true }).fill('Quantum Compiler Engineer');
    await page.getByLabel('Company', { exact: true }).fill('Qubit Works');
    await page.getByLabel('Description').fill('Write **fast** compilers.\n\n<script>window.__pwned = 1</script>');
    // Live preview: the server renders the Markdown with the public page's sanitizer while the admin types.
    await page.getByRole('region', { name: 'Preview' }).locator('strong', { hasText: 'fast' }).waitFor();
    await expect(page.evaluate('window.__pwned')).resolves.toBeUndefined();
    await expect(page.getByRole('region', { name: 'Preview' }).locator('script').count()).resolves.toBe(0);
    await page.getByLabel('Skills').fill('rust, llvm');
    await page.getByLabel('Salary from').fill('150000');
    await page.getByLabel('Salary to').fill('lots');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('There is a problem');
    await expect(page.locator('#field-salaryMax-error').innerText()).resolves.toContain('integer');
    await expect(page.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe('Quantum Compiler Engineer');
    await page.getByLabel('Salary to').fill('190000');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL(/\/admin\/jobs\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toContain('published');

    await page.goto('/jobs?q=quantum+compiler');
    await expect(
      page.getByRole('list', { name: 'Job listings' }).getByRole('link', { name: 'Quantum Compiler Engineer' }).count(),
    ).resolves.toBe(1);
    expect((await auditActions(id)).map((entry) => [entry.action, entry.actor_id])).toEqual([
      ['listing.create', admin.id],
      ['listing.publish', admin.id],
    ]);
    await page.close();
  });

  it('shows the preview without JavaScript too, through the Preview button', async () => {
    const { context: noJs } = await newBrowserContext(browser, base, { javaScriptEnabled: false });
    await signInBrowser(env.api, noJs, { role: Role.Admin });
    const page = await noJs.newPage();
    await page.goto('/admin/jobs/new');
    await page.getByLabel('Description').fill('A _careful_ [link](javascript:alert(1)) here.');
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview.locator('em').innerText()).resolves.toBe('careful');
    await expect(preview.locator('a[href^="javascript:"]').count()).resolves.toBe(0);
    await expect(page.getByLabel('Description').inputValue()).resolves.toBe('A _careful_ [link](javascript:alert(1)) here.');
    await noJs.close();
  });

  it('imports a JSON file of listings all or nothing, showing each bad row', async () => {
    const page = await context.newPage();
    const row = (title: string, extra: Record<string, unknown> = {}) => ({
      title,
      company: { name: 'Import Co' },
      description: 'Imported.',
      employmentType: 'contract',
      seniority: 'senior',
      category: 'engineering',
      remote: true,
      ...extra,
    });
    const upload = async (rows: unknown[]) => {
      await page.goto('/admin/jobs/import');
      await page
        .getByLabel('JSON file')
        .setInputFiles({ name: 'listings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(rows)) });
      const answered = page.waitForResponse((response) => response.request().method() === 'POST');
      await page.getByRole('button', { name: 'Import listings' }).click();
      return (await answered).status();
    };
    // Over the import's bound, below and beyond the point where the upload is cut: the form again, the reason beside the file.
    for (const size of [1.5, 3]) {
      expect(await upload([row('Imported Huge Row', { description: 'x'.repeat(size * 1024 * 1024) })])).toBe(413);
      await expect(page.getByLabel('JSON file').getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(page.getByText('The file is larger than 1 MB').first().isVisible()).resolves.toBe(true);
    }
    await upload([row('Imported Elixir Engineer'), row('Imported Bad Row', { salaryMin: 'a lot', colour: 'red' })]);
    const problems = page.getByRole('region', { name: 'Rows to fix' });
    await expect(problems.innerText()).resolves.toContain('Row 2: Imported Bad Row');
    await expect(problems.innerText()).resolves.toContain('salaryMin');
    await expect(problems.innerText()).resolves.toContain('colour');
    const [{ n }] = await env.api.dataSource.query(`SELECT count(*)::int AS n FROM job_listings WHERE title LIKE 'Imported %'`);
    expect(n).toBe(0);
    await upload([row('Imported Elixir Engineer'), row('Imported Gleam Engineer')]);
    await expect(page.getByRole('status').innerText()).resolves.toContain('imported as drafts');
    await expect(page.getByRole('link', { name: 'Imported Gleam Engineer', exact: true }).count()).resolves.toBe(1);
    await page.close();
  });

  it("moves an application along the pipeline to interviewing, and the seeker's mail arrives", async () => {
    const listing = await createJobListing(env.api.dataSource, { title: 'Pipeline Engineer' });
    const seeker = await createSession(env.api, { name: 'Grace Hopper' });
    const applied = await seeker.http.post(`/v1/jobs/${listing.id}/applications`, { coverLetter: 'I wrote the first compiler.' });
    expect(applied.status).toBe(201);
    const page = await context.newPage();
    await page.goto(`/admin/jobs/${listing.id}/applications`);
    const card = () => page.getByRole('article', { name: 'Grace Hopper' });
    await expect(
      page
        .getByRole('region', { name: /^Submitted/ })
        .getByRole('article')
        .count(),
    ).resolves.toBe(1);
    await expect(card().getByRole('button').allInnerTexts()).resolves.toEqual(['Move to Reviewing', 'Reject']);
    await card().getByRole('button', { name: 'Move to Reviewing' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toContain('moved');
    await card().getByRole('button', { name: 'Move to Interviewing' }).click();
    await expect(
      page
        .getByRole('region', { name: /^Interviewing/ })
        .getByRole('article', { name: 'Grace Hopper' })
        .count(),
    ).resolves.toBe(1);
    const mails = await sink.waitFor((mail) => mail.to.includes(seeker.user.email) && /interview/i.test(mail.raw), 1, 20_000);
    expect(mails.length).toBeGreaterThan(0);
    expect((await auditActions(applied.body.id)).map((entry) => entry.action)).toEqual(['application.status', 'application.status']);
    await page.close();
  });

  it('starts a weekly alert run and watches it complete with its counters', async () => {
    const seeker = await createSession(env.api);
    const alert = await seeker.http.post('/v1/me/alerts', { name: 'Haskell jobs', frequency: 'weekly', criteria: { q: 'haskell' } });
    expect(alert.status).toBe(201);
    await createJobListing(env.api.dataSource, { title: 'Haskell Engineer', tags: ['haskell'] });
    const page = await context.newPage();
    await page.goto('/admin/alerts');
    await page.getByLabel('Frequency').selectOption('weekly');
    await page.getByRole('button', { name: 'Start run' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toContain('run is started');
    const row = page.getByRole('table').getByRole('row').nth(1);
    await row.getByText('Completed').waitFor({ timeout: 30_000 });
    await expect(row.locator('[data-counter="emails"]').innerText()).resolves.toBe('1');
    await expect(row.locator('[data-counter="digests"]').innerText()).resolves.toBe('1');
    const [run] = await env.api.dataSource.query(`SELECT id FROM alert_runs WHERE trigger = 'admin' ORDER BY created_at DESC LIMIT 1`);
    expect((await auditActions(run.id)).map((entry) => [entry.action, entry.actor_id])).toEqual([['alert_run.start', admin.id]]);
    await page.close();
  });

  it('finds users by email or name and changes a role, but not the admin’s own', async () => {
    const person = await createUser(env.api.dataSource, { name: 'Linus Promoted', email: 'linus.promoted@example.test' });
    const page = await context.newPage();
    await page.goto('/admin/users');
    await page.getByLabel('Email or name').fill('promoted@exa');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('table').getByRole('row').count()).resolves.toBe(2);
    await page.getByLabel('Role of Linus Promoted', { exact: true }).selectOption('admin');
    await page.getByRole('button', { name: 'Change role of Linus Promoted' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toContain('role is changed');
    await expect(page.getByLabel('Role of Linus Promoted', { exact: true }).inputValue()).resolves.toBe('admin');
    await page.goto(`/admin/users?q=${encodeURIComponent(admin.email)}`);
    await expect(page.getByRole('button', { name: /Change role/ }).count()).resolves.toBe(0);
    expect((await auditActions(person.id)).map((entry) => entry.action)).toEqual(['user.role']);
    await page.close();
  });

  it('shows the dashboard figures as SQL counts them, with a chart per day series', async () => {
    const plus = await createUser(env.api.dataSource);
    await makePlus(env.api.dataSource, plus.id, env.config);
    const page = await context.newPage();
    await page.goto('/admin');
    const [sql] = await env.api.dataSource.query(`
      SELECT (SELECT count(*)::int FROM users) AS users,
             (SELECT count(*)::int FROM job_listings WHERE status = 'published' AND expires_at > now()) AS open,
             (SELECT count(*)::int FROM job_applications WHERE created_at > now() - interval '30 days') AS applications`);
    const figures = page.getByRole('list', { name: 'Key figures' });
    const figure = (label: string) => figures.getByRole('listitem').filter({ hasText: label }).locator('.figure-value').innerText();
    await expect(figure('Users')).resolves.toBe(sql.users.toLocaleString('en-US'));
    await expect(figure('Plus subscribers')).resolves.toBe('1');
    await expect(figure('Monthly recurring revenue')).resolves.toBe('$8');
    await expect(figure('Open listings')).resolves.toBe(sql.open.toLocaleString('en-US'));
    for (const title of ['Signups', 'Applications', 'Digests sent', 'New Plus']) {
      await expect(page.getByRole('img', { name: new RegExp(`^${title} per day`) }).count()).resolves.toBe(1);
    }
    const applications = page.getByRole('figure', { name: /^Applications/ });
    await expect(applications.locator('.day-chart-total').innerText()).resolves.toBe(String(sql.applications));
    await expect(applications.locator('tbody tr').count()).resolves.toBe(30);
    await page.close();
  });

  it('lists the admin changes on the audit page, with the admin as actor', async () => {
    const page = await context.newPage();
    await page.goto('/admin/audit');
    const table = page.getByRole('table');
    for (const action of [
      'guide.import',
      'guide.publish',
      'listing.create',
      'listing.publish',
      'application.status',
      'alert_run.start',
      'user.role',
    ]) {
      await expect(table.getByText(action, { exact: true }).first().isVisible()).resolves.toBe(true);
    }
    await expect(table.getByRole('link', { name: 'Ada Admin' }).first().isVisible()).resolves.toBe(true);
    await page.getByLabel('What changed').selectOption('alert_run');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(table.getByText('alert_run.start', { exact: true }).count()).resolves.toBe(1);
    await expect(table.getByText('listing.create').count()).resolves.toBe(0);
    await page.close();
  });

  it('gives a seeker the 403 page on every admin page and sends a signed-out visitor to the login form', async () => {
    const { context: seekerContext } = await newBrowserContext(browser, base);
    await signInBrowser(env.api, seekerContext);
    const page = await seekerContext.newPage();
    for (const path of [...ADMIN_PAGES, '/admin/jobs/00000000-0000-4000-8000-000000000000/applications']) {
      const response = await page.goto(path);
      expect({ path, status: response?.status() }).toEqual({ path, status: 403 });
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('You cannot open this page');
    }
    await seekerContext.close();
    for (const path of ['/admin', '/admin/jobs?status=draft', '/admin/alerts']) {
      const response = await fetch(`${base}${path}`, { redirect: 'manual' });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(`/login?next=${encodeURIComponent(path)}`);
    }
  });

  it('passes axe and fits a 375 px phone on every admin page, loading nothing from another host', async () => {
    const { context: phone, offsite } = await newBrowserContext(browser, base, PHONE);
    await signInBrowser(env.api, phone, { role: Role.Admin });
    const page: Page = await phone.newPage();
    const [listing] = await env.api.dataSource.query(`SELECT id FROM job_listings ORDER BY created_at DESC LIMIT 1`);
    const [guide] = await env.api.dataSource.query(`SELECT id FROM career_guides ORDER BY created_at DESC LIMIT 1`);
    const [applied] = await env.api.dataSource.query(`SELECT listing_id FROM job_applications LIMIT 1`);
    const paths = [
      ...ADMIN_PAGES,
      `/admin/jobs/${listing.id}`,
      `/admin/guides/${guide.id}`,
      `/admin/jobs/${applied.listing_id}/applications`,
    ];
    for (const path of paths) {
      await page.goto(path);
      expect({ path, overflow: await horizontalOverflow(page) }).toEqual({ path, overflow: 0 });
      expect({ path, violations: await seriousAxeViolations(page) }).toEqual({ path, violations: [] });
    }
    expect(offsite).toEqual([]);
    await phone.close();
  });
});
