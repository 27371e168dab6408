import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { Browser } from 'playwright-core';
import { Role, User } from '@app/accounts';
import { CareerGuidesAdminService } from '@app/career-guides';
import {
  createJobListing,
  createSession,
  horizontalOverflow,
  launchBrowser,
  PLUS_TEST_ENV,
  seriousAxeViolations,
  startTestEnvironment,
  TestEnvironment,
  openSignedInPage,
  SignedInPageOptions,
} from '@app/testing';
import { createResume } from '../advice/advice-test-kit';
import { repoPath } from '../career-guides/support/repo-path';

describe('job advice in the browser', () => {
  let env: TestEnvironment;
  let browser: Browser;

  const signedIn = (overrides: Partial<User> = {}, options: SignedInPageOptions = {}) =>
    openSignedInPage(browser, env.api, overrides, options);

  before(async () => {
    env = await startTestEnvironment({ site: true, env: PLUS_TEST_ENV });
    browser = await launchBrowser();
    const db = env.api.dataSource;
    await createJobListing(db, { title: 'Backend Engineer', tags: ['go', 'kubernetes', 'grpc', 'docker'], regions: ['Europe'] });
    await createJobListing(db, { title: 'Go Developer', tags: ['go', 'docker'], regions: ['USA'], remote: false });
    await createJobListing(db, {
      title: 'A listing with a rather long title that has to wrap on a phone without pushing the page sideways',
      tags: ['go', 'observability-and-site-reliability-engineering'],
    });
    const admin = await createSession(env.api, { role: Role.Admin });
    const guides = env.api.app.get(CareerGuidesAdminService);
    const draft = await guides.importText(
      admin.user,
      readFileSync(repoPath('../shared/fixtures/career-guides/backend-developer.txt'), 'utf8'),
    );
    await guides.publish(admin.user, draft.id);
  });

  after(async () => {
    await browser?.close();
    await env?.close();
  });

  it('a Plus seeker with a resume sees the listings picked for them with the reasons, and the skills to add', async () => {
    const seeker = await signedIn({ name: 'Ada Lovelace' }, { plus: true, javaScriptEnabled: false });
    await createResume(env.api.dataSource, seeker.user.id, {
      headline: 'Backend Engineer',
      skills: ['Go', 'Kubernetes', 'gRPC'],
      location: 'Europe',
    });
    const { page } = seeker;
    await page.goto('/');
    await page.getByRole('link', { name: 'Advice' }).click();
    await page.waitForURL(/\/me\/advice$/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Job advice');
    const picks = page.getByRole('list', { name: 'Picked for you' }).getByRole('article');
    await expect(picks.first().getByRole('link').innerText()).resolves.toBe('Backend Engineer');
    const reasons = await picks.first().getByRole('list', { name: 'Why this job' }).getByRole('listitem').allInnerTexts();
    expect(reasons).toEqual([
      'matches 3 of your skills: go, kubernetes, grpc',
      'the title shares words with your experience: backend, engineer',
      'remote, open to Europe',
    ]);
    const gap = page.getByRole('region', { name: 'Skill gap' });
    await expect(gap.getByRole('row', { name: /^Docker/ }).innerText()).resolves.toMatch(/Docker\s+67%\s+2 of 3\s+The guide/);
    await expect(page.getByRole('rowheader', { name: 'Kubernetes' }).count()).resolves.toBe(0);

    await page.getByLabel('Target role', { exact: true }).selectOption({ label: 'Backend Developer Career Path Guide' });
    await page.getByRole('button', { name: 'Show skill gap' }).click();
    await page.waitForURL(/guide=backend-developer-career-path-guide/);
    await expect(page.getByRole('heading', { name: /Skills to add for Backend Developer/ }).isVisible()).resolves.toBe(true);
    await seeker.context.close();
  });

  it('a Plus seeker without a resume is told to add one, with a link to /me/resume', async () => {
    const seeker = await signedIn({ name: 'No Resume' }, { plus: true });
    await seeker.page.goto('/me/advice');
    await expect(seeker.page.getByRole('heading', { name: 'Add your resume' }).isVisible()).resolves.toBe(true);
    await expect(seeker.page.getByRole('link', { name: 'Add your resume' }).getAttribute('href')).resolves.toBe('/me/resume');
    await seeker.context.close();
  });

  it('a Free seeker sees what the perk does, with a link to /pricing', async () => {
    const seeker = await signedIn({ name: 'Free Seeker' });
    await seeker.page.goto('/me/advice');
    await expect(seeker.page.getByRole('heading', { name: 'Job advice comes with Plus' }).isVisible()).resolves.toBe(true);
    await expect(seeker.page.getByRole('link', { name: 'See what Plus includes' }).getAttribute('href')).resolves.toBe('/pricing');
    await expect(seeker.page.getByRole('list', { name: 'Picked for you' }).count()).resolves.toBe(0);
    await seeker.context.close();
  });

  it('says beside the field when the target role is not a published guide', async () => {
    const seeker = await signedIn({ name: 'Typo' }, { plus: true });
    const response = await seeker.page.goto('/me/advice?guide=no-such-guide');
    expect(response?.status()).toBe(404);
    await expect(seeker.page.getByText('Target role is not a published career guide').isVisible()).resolves.toBe(true);
    await seeker.context.close();
  });

  it('passes axe and fits 375 px in every state, loading nothing from elsewhere', async () => {
    const plus = await signedIn({ name: 'Phone Plus' }, { plus: true, phone: true });
    await createResume(env.api.dataSource, plus.user.id, { headline: 'Go Engineer', skills: ['Go'] });
    const noResume = await signedIn({ name: 'Phone No Resume' }, { plus: true, phone: true });
    const free = await signedIn({ name: 'Phone Free' }, { phone: true });
    for (const [each, path] of [
      [plus, '/me/advice'],
      [plus, '/me/advice?guide=backend-developer-career-path-guide'],
      [noResume, '/me/advice'],
      [free, '/me/advice'],
    ] as const) {
      expect((await each.page.goto(path))?.status()).toBe(200);
      expect({ path, overflow: await horizontalOverflow(each.page) }).toEqual({ path, overflow: 0 });
      expect({ path, violations: await seriousAxeViolations(each.page) }).toEqual({ path, violations: [] });
    }
    expect([...plus.offsite, ...noResume.offsite, ...free.offsite]).toEqual([]);
    for (const each of [plus, noResume, free]) await each.context.close();
  });
});
