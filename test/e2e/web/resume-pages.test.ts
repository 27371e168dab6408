import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { Browser, Page } from 'playwright-core';
import { Role, User } from '@app/accounts';
import {
  createJobListing,
  horizontalOverflow,
  launchBrowser,
  newBrowserContext,
  PLUS_TEST_ENV,
  seriousAxeViolations,
  startTestEnvironment,
  TestEnvironment,
  openSignedInPage,
  SignedInPageOptions,
} from '@app/testing';
import { samplePdf } from '../resumes/resumes-test-kit';

describe('the resume pages in the browser', () => {
  let env: TestEnvironment;
  let browser: Browser;
  let base: string;

  const signedIn = (overrides: Partial<User> = {}, options: SignedInPageOptions = {}) =>
    openSignedInPage(browser, env.api, overrides, options);

  async function post(page: Page, click: () => Promise<void>): Promise<number> {
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), click()]);
    await page.waitForLoadState();
    return response.status();
  }

  async function fillResume(page: Page, headline: string, start = '2021-04') {
    await page.getByLabel('Headline').fill(headline);
    await page.getByLabel('Summary').fill('I build **APIs** that stay up.');
    await page.getByLabel('Location').fill('Berlin, Germany');
    await page.getByLabel('Skills').fill('TypeScript\nPostgreSQL\ntypescript');
    const position = page.getByRole('group', { name: 'Add a position' });
    await position.getByLabel('Job title').fill('Backend developer');
    await position.getByLabel('Company').fill('Acme GmbH');
    await position.getByLabel('Started').fill(start);
    await page.getByLabel('Who can see it').selectOption('public');
  }

  async function checkPage(page: Page) {
    expect(await seriousAxeViolations(page)).toEqual([]);
  }

  before(async () => {
    env = await startTestEnvironment({ site: true, env: PLUS_TEST_ENV });
    base = env.config.http.appUrl;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await env?.close();
  });

  it('a Free seeker writes a resume: a wrong month comes back beside its field with the values kept, then saves, uploads and removes a PDF', async () => {
    const { page, offsite } = await signedIn({ name: 'Ada Lovelace' });
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Resume' }).click();
    await expect(page.getByRole('heading', { name: 'Your resume', level: 1 }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'See what Plus includes' }).getAttribute('href')).resolves.toBe('/pricing');
    await checkPage(page);

    await fillResume(page, 'Backend developer', '2021-13');
    expect(await post(page, () => page.getByRole('button', { name: 'Save resume' }).click())).toBe(422);
    const start = page.getByRole('group', { name: 'Position 1' }).getByLabel('Started');
    await expect(start.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByText('Started must be a month as YYYY-MM').first().isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('Headline').inputValue()).resolves.toBe('Backend developer');
    await checkPage(page);

    await start.fill('2021-04');
    // validator.js takes this address, the URL parser a save stores it through does not: a refusal, not a 500.
    const link = page.getByRole('group', { name: 'Add a link' });
    await link.getByLabel('Link label').fill('Site');
    await link.getByLabel('Address').fill('http://xn--a.com');
    expect(await post(page, () => page.getByRole('button', { name: 'Save resume' }).click())).toBe(422);
    const address = page.getByRole('group', { name: 'Link 1' }).getByLabel('Address');
    await expect(address.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByText('Address must be an http or https URL').first().isVisible()).resolves.toBe(true);

    await address.fill('https://example.com/ada');
    expect(await post(page, () => page.getByRole('button', { name: 'Save resume' }).click())).toBe(303);
    await expect(page.getByText('Your resume is saved.').isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('Skills').inputValue()).resolves.toBe('TypeScript\nPostgreSQL');

    await page
      .getByLabel('PDF file')
      .setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>not a pdf</html>') });
    expect(await post(page, () => page.getByRole('button', { name: 'Upload PDF' }).click())).toBe(422);
    await expect(page.getByText('The file is not a PDF').first().isVisible()).resolves.toBe(true);
    const tooLarge = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3 * 1024 * 1024, 0x20), Buffer.from('\n%%EOF\n')]);
    await page.getByLabel('PDF file').setInputFiles({ name: 'big.pdf', mimeType: 'application/pdf', buffer: tooLarge });
    expect(await post(page, () => page.getByRole('button', { name: 'Upload PDF' }).click())).toBe(413);
    await expect(page.getByLabel('PDF file').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByText('The PDF is larger than 2 MB').first().isVisible()).resolves.toBe(true);
    await expect(page.getByText('No PDF yet.').isVisible()).resolves.toBe(true);
    await page.getByLabel('PDF file').setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: samplePdf('browser') });
    expect(await post(page, () => page.getByRole('button', { name: 'Upload PDF' }).click())).toBe(303);
    await expect(page.getByRole('link', { name: 'Download your PDF' }).isVisible()).resolves.toBe(true);
    const served = await page.context().request.get('/me/resume/file');
    expect(served.headers()['content-type']).toBe('application/pdf');
    expect(served.headers()['content-disposition']).toMatch(/^attachment/);
    expect(Buffer.from(await served.body()).equals(samplePdf('browser'))).toBe(true);
    expect(await post(page, () => page.getByRole('button', { name: 'Remove PDF' }).click())).toBe(303);
    await expect(page.getByText('No PDF yet.').isVisible()).resolves.toBe(true);
    expect(offsite).toEqual([]);
  });

  it('an admin (a promoted seeker) still manages their own resume at /me/resume', async () => {
    const { page } = await signedIn({ role: Role.Admin });
    const opened = await page.goto('/me/resume');
    expect(opened?.status()).toBe(200);
    await fillResume(page, 'Promoted, still writing');
    await page.getByLabel('Who can see it').selectOption('private');
    expect(await post(page, () => page.getByRole('button', { name: 'Save resume' }).click())).toBe(303);
    await expect(page.getByText('Your resume is saved.').isVisible()).resolves.toBe(true);
  });

  it('a Plus seeker chooses an address; /r/:handle shows the resume with ProfilePage JSON-LD and /talent pins it as featured', async () => {
    const { page } = await signedIn({ name: 'Grace Hopper' }, { plus: true });
    await page.goto('/me/resume');
    await fillResume(page, 'Compiler pioneer');
    expect(await post(page, () => page.getByRole('button', { name: 'Save resume' }).click())).toBe(303);
    await page.getByLabel('Handle').fill('admin');
    expect(await post(page, () => page.getByRole('button', { name: 'Save handle' }).click())).toBe(422);
    await expect(page.getByText('Handle is a reserved word').first().isVisible()).resolves.toBe(true);
    await page.getByLabel('Handle').fill('grace-hopper');
    expect(await post(page, () => page.getByRole('button', { name: 'Save handle' }).click())).toBe(303);
    await checkPage(page);

    const visitor = await (await newBrowserContext(browser, base)).context.newPage();
    const later = await signedIn({ name: 'Free Later' });
    await later.page.goto('/me/resume');
    await fillResume(later.page, 'Compiler follower');
    await post(later.page, () => later.page.getByRole('button', { name: 'Save resume' }).click());

    await visitor.goto('/');
    await visitor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Talent' }).click();
    await visitor.getByLabel('Search talent').fill('compiler');
    await visitor.getByRole('button', { name: 'Search' }).click();
    const people = visitor.getByRole('list', { name: 'People' }).getByRole('article');
    await expect(people.allInnerTexts()).resolves.toEqual([expect.stringContaining('Grace Hopper'), expect.stringContaining('Free Later')]);
    await expect(people.first().getByText('Featured').isVisible()).resolves.toBe(true);
    await checkPage(visitor);

    await people.first().getByRole('link', { name: 'Grace Hopper' }).click();
    expect(new URL(visitor.url()).pathname).toBe('/r/grace-hopper');
    await expect(visitor.getByRole('heading', { name: 'Grace Hopper', level: 1 }).isVisible()).resolves.toBe(true);
    const jsonLd = JSON.parse((await visitor.locator('script[type="application/ld+json"]').first().textContent())!);
    expect(jsonLd).toMatchObject({
      '@type': 'ProfilePage',
      mainEntity: { '@type': 'Person', name: 'Grace Hopper', jobTitle: 'Backend developer' },
    });
    await checkPage(visitor);
  });

  it('fits a phone: /me/resume, /talent and a public resume do not scroll sideways', async () => {
    const { page, user } = await signedIn({ name: 'Small Screen Person With A Rather Long Name' }, { phone: true });
    await page.goto('/me/resume');
    await fillResume(page, 'Mobile developer who writes very long headlines about everything');
    await post(page, () => page.getByRole('button', { name: 'Save resume' }).click());
    expect(await horizontalOverflow(page)).toBe(0);
    const [{ id }] = await env.api.dataSource.query('SELECT id FROM resumes WHERE user_id = $1', [user.id]);
    for (const path of ['/talent', `/r/${id}`]) {
      await page.goto(path);
      expect({ path, overflow: await horizontalOverflow(page) }).toEqual({ path, overflow: 0 });
      await checkPage(page);
    }
  });

  it('applies with the resume attached, and the admin sees the snapshot and its PDF on the applications page', async () => {
    const listing = await createJobListing(env.api.dataSource, { title: 'Compiler engineer' });
    const { page } = await signedIn({ name: 'Applying Person' });
    await page.goto('/me/resume');
    await fillResume(page, 'Snapshot headline');
    await post(page, () => page.getByRole('button', { name: 'Save resume' }).click());
    await page.getByLabel('PDF file').setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: samplePdf('applied') });
    await post(page, () => page.getByRole('button', { name: 'Upload PDF' }).click());

    await page.goto(`/jobs/${listing.slug}/apply`);
    await expect(page.getByLabel('Attach my resume').isChecked()).resolves.toBe(true);
    await checkPage(page);
    expect(await post(page, () => page.getByRole('button', { name: 'Send application' }).click())).toBe(303);

    await page.goto('/me/resume');
    await page.getByLabel('Headline').fill('Edited afterwards');
    await post(page, () => page.getByRole('button', { name: 'Save resume' }).click());

    const admin = await signedIn({ role: Role.Admin });
    await admin.page.goto(`/admin/jobs/${listing.id}/applications`);
    const card = admin.page.getByRole('article', { name: 'Applying Person' });
    await card.getByText('Attached resume: Snapshot headline').click();
    const href = await card.getByRole('link', { name: 'Download the PDF they sent' }).getAttribute('href');
    const pdf = await admin.page.context().request.get(href!);
    expect(pdf.status()).toBe(200);
    expect(Buffer.from(await pdf.body()).equals(samplePdf('applied'))).toBe(true);
    await checkPage(admin.page);
  });
});
