import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Browser } from 'playwright-core';
import { Role, User } from '@app/accounts';
import { AdminConsultationsService, ConsultationsService } from '@app/consultations';
import { ResumesService, TalentDirectoryService } from '@app/resumes';
import {
  createTestDatabase,
  createUser,
  DESKTOP,
  freePort,
  launchBrowser,
  makePlus,
  newBrowserContext,
  PHONE,
  PLUS_TEST_ENV,
  signInBrowserAs,
  startApi,
  TestApi,
  testConfig,
} from '@app/testing';

/*
 * `npm run screenshots`: PNGs in docs/screenshots/ at 1280 px and 375 px of the public pages (home, search, listing,
 * guide, pricing, talent directory, a public resume), a Plus seeker's pages (their resume, job advice, a thread with
 * the consultant) and the admin dashboard. The real app runs on a scratch database holding `npm run seed`'s demo
 * data and the few people made below; Chromium is Debian's (CHROMIUM_PATH elsewhere). The database is dropped after.
 */
const OUT = resolve(process.cwd(), 'docs/screenshots');
const VIEWPORTS = { desktop: { ...DESKTOP, deviceScaleFactor: 1 }, phone: { ...PHONE, deviceScaleFactor: 1 } };
const log = (line: string) => process.stderr.write(`${line}\n`);

/** A Plus seeker with a resume and a custom URL, whose pages show what Plus adds; and a short consultant thread. */
async function plusSeekerWithThread(api: TestApi, admin: User): Promise<{ seeker: User; threadId: string }> {
  const seeker = await createUser(api.dataSource, { name: 'Noor Haddad', email: 'noor.haddad@example.com' });
  await makePlus(api.dataSource, seeker.id, api.config);
  const resumes = api.app.get(ResumesService);
  await resumes.save(seeker.id, {
    headline: 'Full-stack engineer moving towards platform work',
    summary: 'Five years of **TypeScript** and **Postgres** on product teams; lately the CI pipelines and the Kubernetes setup too.',
    location: 'Amsterdam, Netherlands',
    skills: ['TypeScript', 'Node.js', 'Postgres', 'React', 'Docker', 'Kubernetes'],
    experience: [
      {
        title: 'Software Engineer',
        company: 'Tulip Logistics',
        start: '2021-04',
        end: null,
        description: 'Shipping-rate APIs and the dashboard planners use; moved our deploys onto Kubernetes.',
      },
      { title: 'Junior Developer', company: 'Canal Studio', start: '2019-09', end: '2021-03', description: null },
    ],
    education: [{ school: 'Hogeschool van Amsterdam', degree: 'BSc Software Engineering', end: '2019-07' }],
    links: [{ label: 'GitHub', url: 'https://github.example.com/noor' }],
    visibility: 'public',
  });
  await resumes.claimHandle(seeker.id, 'noor-haddad');
  const consultations = api.app.get(ConsultationsService);
  const thread = await consultations.start(seeker.id, {
    topic: 'From full-stack to platform engineering',
    message: 'I enjoy the infrastructure part of my job more and more. Which skills should I build first to switch?',
  });
  await api.app.get(AdminConsultationsService).reply({ id: admin.id }, thread.id, {
    message:
      'Terraform and observability come up in most platform listings. Pick one service at work and own its pipeline and dashboards end to end.',
  });
  await consultations.addMessage(seeker.id, thread.id, { message: 'Thank you, I will start with our staging cluster.' });
  return { seeker, threadId: thread.id };
}

async function main(): Promise<void> {
  const db = await createTestDatabase();
  let browser: Browser | undefined;
  try {
    log(`seeding ${db.name} with the demo data of npm run seed …`);
    execFileSync(process.execPath, [resolve(__dirname, '../../scripts/seed.js')], {
      env: { ...process.env, NODE_ENV: 'development', DATABASE_URL: db.url, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const port = await freePort();
    const config = testConfig(db.url, { APP_URL: `http://127.0.0.1:${port}`, ...PLUS_TEST_ENV });
    const api = await startApi(config, { port });
    try {
      // A pricing page that counts nobody would picture an empty shop: a few demo members pay for Plus.
      for (let i = 0; i < 3; i += 1) await makePlus(api.dataSource, (await createUser(api.dataSource)).id, config);
      const admin = await createUser(api.dataSource, { name: 'Ines Duarte', email: 'ines.duarte@example.com', role: Role.Admin });
      const { seeker, threadId } = await plusSeekerWithThread(api, admin);
      const [listing] = (await api.http.get('/v1/jobs?limit=1')).body.items as Array<{ slug: string }>;
      const talent = await api.app.get(TalentDirectoryService).search({ limit: 20 });
      const seeded = talent.items.find((item) => !item.featured)!;
      const pages: Array<{ as: 'visitor' | 'seeker' | 'admin'; name: string; path: string }> = [
        { as: 'visitor', name: 'home', path: '/' },
        { as: 'visitor', name: 'search', path: '/jobs?q=engineer' },
        { as: 'visitor', name: 'listing', path: `/jobs/${listing!.slug}` },
        { as: 'visitor', name: 'guide', path: '/careers/backend-developer' },
        { as: 'visitor', name: 'pricing', path: '/pricing' },
        { as: 'visitor', name: 'talent', path: '/talent' },
        { as: 'visitor', name: 'public-resume', path: `/r/${seeded.id}` },
        { as: 'seeker', name: 'my-resume', path: '/me/resume' },
        { as: 'seeker', name: 'advice', path: '/me/advice' },
        { as: 'seeker', name: 'consultation', path: `/me/consultations/${threadId}` },
        { as: 'admin', name: 'admin-dashboard', path: '/admin' },
      ];
      const signedInAs = { visitor: null, seeker, admin };
      mkdirSync(OUT, { recursive: true });
      browser = await launchBrowser();
      for (const [viewport, options] of Object.entries(VIEWPORTS)) {
        for (const [as, user] of Object.entries(signedInAs)) {
          const { context } = await newBrowserContext(browser, config.http.appUrl, options);
          if (user) await signInBrowserAs(api, context, user);
          const page = await context.newPage();
          for (const { name, path } of pages.filter((entry) => entry.as === as)) {
            const response = await page.goto(path, { waitUntil: 'networkidle' });
            if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status()}`);
            const file = resolve(OUT, `${name}-${viewport}.png`);
            await page.screenshot({ path: file, fullPage: true });
            log(`  ${file}`);
          }
          await context.close();
        }
      }
      shrinkPngs();
    } finally {
      await api.close();
    }
  } finally {
    await browser?.close();
    await db.drop();
  }
}

/** Full-page PNGs run to 1 MB; pngquant (Debian's `pngquant`), when installed, makes them about a third of that. */
function shrinkPngs(): void {
  const files = readdirSync(OUT)
    .filter((file) => file.endsWith('.png'))
    .map((file) => resolve(OUT, file));
  try {
    execFileSync('pngquant', ['--quality', '80-95', '--speed', '1', '--ext', '.png', '--force', ...files], { stdio: 'inherit' });
    log(`  ${files.length} PNGs shrunk with pngquant`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    log('  pngquant not installed: PNGs left as Chromium wrote them (apt-get install pngquant)');
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`screenshots failed: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exit(1);
  },
);
