import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Browser } from 'playwright-core';
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
  startApi,
  testConfig,
} from '@app/testing';

/*
 * `npm run screenshots`: the home, search, listing, guide and pricing pages at 1280 px and 375 px, as PNGs in
 * docs/screenshots/. The real app runs on a scratch database holding `npm run seed`'s demo data; Chromium is
 * Debian's (CHROMIUM_PATH elsewhere). The scratch database is dropped afterwards.
 */
const OUT = resolve(process.cwd(), 'docs/screenshots');
const VIEWPORTS = { desktop: { ...DESKTOP, deviceScaleFactor: 1 }, phone: { ...PHONE, deviceScaleFactor: 1 } };
const log = (line: string) => process.stderr.write(`${line}\n`);

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
      const [listing] = (await api.http.get('/v1/jobs?limit=1')).body.items as Array<{ slug: string }>;
      const pages: Record<string, string> = {
        home: '/',
        search: '/jobs?q=engineer',
        listing: `/jobs/${listing!.slug}`,
        guide: '/careers/backend-developer',
        pricing: '/pricing',
      };
      mkdirSync(OUT, { recursive: true });
      browser = await launchBrowser();
      for (const [viewport, options] of Object.entries(VIEWPORTS)) {
        const { context } = await newBrowserContext(browser, config.http.appUrl, options);
        const page = await context.newPage();
        for (const [name, path] of Object.entries(pages)) {
          const response = await page.goto(path, { waitUntil: 'networkidle' });
          if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status()}`);
          const file = resolve(OUT, `${name}-${viewport}.png`);
          await page.screenshot({ path: file, fullPage: true });
          log(`  ${file}`);
        }
        await context.close();
      }
    } finally {
      await api.close();
    }
  } finally {
    await browser?.close();
    await db.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`screenshots failed: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exit(1);
  },
);
