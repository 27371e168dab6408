import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { Browser, Page } from 'playwright-core';
import { Role, User } from '@app/accounts';
import { ConsultationsService } from '@app/consultations';
import {
  decodeMailText,
  downgradeToFree,
  horizontalOverflow,
  launchBrowser,
  PLUS_TEST_ENV,
  seriousAxeViolations,
  SmtpSink,
  startTestEnvironment,
  TestEnvironment,
  openSignedInPage,
  SignedInPageOptions,
} from '@app/testing';

const THREAD_URL = /\/me\/consultations\/[0-9a-f-]{36}$/;

describe('the career consultant in the browser', () => {
  let env: TestEnvironment;
  let sink: SmtpSink;
  let browser: Browser;
  let base: string;

  const consultations = () => env.api.app.get(ConsultationsService);

  const signedIn = (overrides: Partial<User> = {}, options: SignedInPageOptions = {}) =>
    openSignedInPage(browser, env.api, overrides, options);

  /** Clicks a button that posts and returns the status of the answer to that post. */
  async function post(page: Page, click: () => Promise<void>): Promise<number> {
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), click()]);
    await page.waitForLoadState();
    return response.status();
  }

  const conversation = (page: Page) => page.getByRole('list', { name: 'Conversation' }).getByRole('listitem').allInnerTexts();

  before(async () => {
    sink = await new SmtpSink().start();
    env = await startTestEnvironment({ site: true, worker: true, env: { ...PLUS_TEST_ENV, SMTP_URL: sink.url } });
    base = env.config.http.appUrl;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await env?.close();
    await sink?.stop();
  });

  it('runs a thread: the seeker asks, the queue shows it, the consultant replies, the mail links to the thread, the seeker answers', async () => {
    const seeker = await signedIn({ name: 'Ada Lovelace' }, { plus: true });
    const { page } = seeker;
    await page.goto('/me/consultations');
    await expect(page.getByText('0 of 3 open conversations').isVisible()).resolves.toBe(true);
    await page.getByLabel('Topic').fill('Moving from QA to backend');
    await page.getByLabel('Message', { exact: true }).fill('I have tested APIs for three years.\nWhere do I start?');
    await page.getByRole('button', { name: 'Send question' }).click();
    await page.waitForURL(THREAD_URL);
    const threadPath = new URL(page.url()).pathname;
    await expect(page.getByRole('status').first().innerText()).resolves.toContain('Your question is sent.');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Moving from QA to backend');
    await expect(page.getByText('Waiting for the consultant').isVisible()).resolves.toBe(true);

    const admin = await signedIn({ role: Role.Admin, name: 'Grace Hopper' });
    await admin.page.goto('/admin/consultations');
    await expect(admin.page.getByRole('link', { name: 'Waiting' }).getAttribute('aria-current')).resolves.toBe('page');
    const queued = admin.page.getByRole('article', { name: 'Moving from QA to backend' });
    await expect(queued.innerText()).resolves.toMatch(/Ada Lovelace · waiting since [\s\S]*1 message[\s\S]*Where do I start\?/);
    await queued.getByLabel('Message', { exact: true }).fill('Build one small service end to end.\nThen show it.');
    await queued.getByRole('button', { name: 'Send' }).click();
    await admin.page.waitForURL(`${base}/admin/consultations`);
    await expect(admin.page.getByRole('status').first().innerText()).resolves.toContain('Your reply is sent');
    await expect(admin.page.getByRole('article', { name: 'Moving from QA to backend' }).count()).resolves.toBe(0);
    await admin.page.getByRole('link', { name: 'Answered' }).click();
    await expect(admin.page.getByRole('article', { name: 'Moving from QA to backend' }).isVisible()).resolves.toBe(true);

    const [mail] = await sink.waitFor((m) => m.to.includes(seeker.user.email));
    const links = [...new Set(decodeMailText(mail!.raw).match(/https?:\/\/[^\s"<>]+/g))];
    expect(links).toEqual([`${base}${threadPath}`]);
    const opened = await page.goto(links[0]!);
    expect(opened?.status()).toBe(200);
    await expect(page.getByText('Answered', { exact: true }).isVisible()).resolves.toBe(true);
    await page.getByLabel('Message', { exact: true }).fill('Thanks! Go or Kotlin?');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.waitForURL(`${base}${threadPath}`);
    await expect(page.getByRole('status').first().innerText()).resolves.toContain('Your message is sent.');

    const seekerSide = await conversation(page);
    expect(seekerSide).toHaveLength(3);
    expect(seekerSide[0]).toMatch(/^You[\s\S]*I have tested APIs for three years.\nWhere do I start\?$/);
    expect(seekerSide[1]).toMatch(/^Grace Hopper\s*Consultant[\s\S]*Build one small service end to end.\nThen show it.$/);
    expect(seekerSide[2]).toMatch(/^You[\s\S]*Thanks! Go or Kotlin\?$/);

    await admin.page.goto('/admin/consultations');
    const waitingAgain = admin.page.getByRole('article', { name: 'Moving from QA to backend' });
    await expect(waitingAgain.innerText()).resolves.toMatch(/3 messages[\s\S]*Thanks! Go or Kotlin\?/);
    await waitingAgain.getByRole('link', { name: 'Moving from QA to backend' }).click();
    await admin.page.waitForURL(`${base}/admin${threadPath.replace('/me', '')}`);
    const consultantSide = await conversation(admin.page);
    expect(consultantSide.map((text) => text.replace(/^\S+ \S+/, ''))).toEqual(seekerSide.map((text) => text.replace(/^You|^\S+ \S+/, '')));
    expect(consultantSide.map((text) => text.split(/\s/)[0])).toEqual(['Ada', 'Grace', 'Ada']);
    await admin.context.close();
    await seeker.context.close();
  });

  it('keeps a refused message with its reason beside the field (422), without JavaScript', async () => {
    const { context, user, page } = await signedIn({}, { plus: true, javaScriptEnabled: false });
    const thread = await consultations().start(user.id, { topic: 'Refused reply', message: 'First message' });
    await page.goto(`/me/consultations/${thread.id}`);
    await page.getByLabel('Message', { exact: true }).fill('   ');
    expect(await post(page, () => page.getByRole('button', { name: 'Send', exact: true }).click())).toBe(422);
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Message should not be empty');
    await expect(page.locator('#field-message-error').innerText()).resolves.toContain('Message should not be empty');
    await page.getByLabel('Message', { exact: true }).fill('x'.repeat(10));
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.waitForURL(`${base}/me/consultations/${thread.id}`);
    expect((await consultations().get(user.id, thread.id)).messageCount).toBe(2);
    await context.close();
  });

  it('refuses a fourth open thread with the reason (422), then offers no form until one is closed', async () => {
    const { context, user, page } = await signedIn({}, { plus: true, javaScriptEnabled: false });
    for (const topic of ['Open one', 'Open two']) await consultations().start(user.id, { topic, message: 'Hello' });
    await page.goto('/me/consultations');
    await expect(page.getByText('2 of 3 open conversations').isVisible()).resolves.toBe(true);
    await consultations().start(user.id, { topic: 'Open three, from another tab', message: 'Hello' });
    await page.getByLabel('Topic').fill('Open four');
    await page.getByLabel('Message', { exact: true }).fill('One too many');
    expect(await post(page, () => page.getByRole('button', { name: 'Send question' }).click())).toBe(422);
    await expect(page.getByRole('alert').innerText()).resolves.toContain(
      'You can have at most 3 open conversations with the consultant; close one to start another.',
    );
    await expect(page.getByRole('button', { name: 'Send question' }).count()).resolves.toBe(0);
    await expect(page.getByText('Close one to ask something new').isVisible()).resolves.toBe(true);

    await page.getByRole('link', { name: 'Open one' }).click();
    await page.getByRole('button', { name: 'Close conversation' }).click();
    await expect(page.getByText('This conversation is closed.').isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('Message', { exact: true }).count()).resolves.toBe(0);
    await page.goto('/me/consultations');
    await expect(page.getByRole('button', { name: 'Send question' }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it("shows another seeker's thread as the 404 page, and a seeker the queue as the 403 page", async () => {
    const owner = await signedIn({}, { plus: true });
    const thread = await consultations().start(owner.user.id, { topic: 'Mine alone', message: 'Private' });
    const other = await signedIn({}, { plus: true });
    const response = await other.page.goto(`/me/consultations/${thread.id}`);
    expect(response?.status()).toBe(404);
    await expect(other.page.content()).resolves.not.toContain('Mine alone');
    expect((await other.page.goto('/me/consultations/not-an-id'))?.status()).toBe(404);
    expect((await other.page.goto('/admin/consultations'))?.status()).toBe(403);
    await owner.context.close();
    await other.context.close();
  });

  it('tells a Free seeker what the perk does, with a link to /pricing', async () => {
    const { context, page } = await signedIn();
    await page.goto('/me/consultations');
    const offer = page.getByRole('region', { name: 'A personal career consultant comes with Plus' });
    await expect(offer.innerText()).resolves.toContain('answers here, in writing');
    await expect(page.getByLabel('Topic').count()).resolves.toBe(0);
    await offer.getByRole('link', { name: 'See what Plus includes' }).click();
    await page.waitForURL(`${base}/pricing`);
    await context.close();
  });

  it('keeps the history readable after a downgrade and refuses writing with the reason (403)', async () => {
    const { context, user, page } = await signedIn({}, { plus: true, javaScriptEnabled: false });
    const thread = await consultations().start(user.id, { topic: 'Before the downgrade', message: 'My question' });
    await page.goto(`/me/consultations/${thread.id}`);
    await downgradeToFree(env.api.dataSource, user.id);
    await page.getByLabel('Message', { exact: true }).fill('Written on a stale page');
    expect(await post(page, () => page.getByRole('button', { name: 'Send', exact: true }).click())).toBe(403);
    await expect(page.getByRole('alert').innerText()).resolves.toContain('The career consultant comes with the Plus plan.');
    await expect(page.getByText('You can read this conversation on any plan; writing in it needs Plus.').isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('Message', { exact: true }).count()).resolves.toBe(0);
    expect(await conversation(page)).toEqual([expect.stringMatching(/My question$/)]);

    await page.goto('/me/consultations');
    await expect(page.getByRole('article', { name: 'Before the downgrade' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('region', { name: 'A personal career consultant comes with Plus' }).isVisible()).resolves.toBe(true);
    expect((await consultations().get(user.id, thread.id)).messageCount).toBe(1);
    await context.close();
  });

  it('passes axe and fits 375 px on every consultant page, loading nothing from elsewhere', async () => {
    const plus = await signedIn({ name: 'Phone Seeker' }, { plus: true, phone: true });
    const free = await signedIn({}, { phone: true });
    const admin = await signedIn({ role: Role.Admin }, { phone: true });
    const long = `A long line without spaces: ${'x'.repeat(120)}\nand a second line.`;
    const thread = await consultations().start(plus.user.id, {
      topic: 'A question asked on a phone, with a rather long topic line',
      message: long,
    });
    await admin.page.goto('/admin/consultations');
    const pages: Array<[Page, string]> = [
      [plus.page, '/me/consultations'],
      [plus.page, `/me/consultations/${thread.id}`],
      [free.page, '/me/consultations'],
      [admin.page, '/admin/consultations'],
      [admin.page, '/admin/consultations?status=closed'],
      [admin.page, `/admin/consultations/${thread.id}`],
    ];
    for (const [page, path] of pages) {
      expect((await page.goto(path))?.status()).toBe(200);
      expect({ path, overflow: await horizontalOverflow(page) }).toEqual({ path, overflow: 0 });
      expect({ path, violations: await seriousAxeViolations(page) }).toEqual({ path, violations: [] });
    }
    expect([...plus.offsite, ...free.offsite, ...admin.offsite]).toEqual([]);
    for (const each of [plus, free, admin]) await each.context.close();
  });
});
