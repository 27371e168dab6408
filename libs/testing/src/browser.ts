import { readFileSync } from 'node:fs';
import { Browser, BrowserContext, BrowserContextOptions, chromium, Page } from 'playwright-core';

/** Debian's Chromium (no browser download exists here); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags a sandboxed CI machine with a closed network needs (no background calls home, no GPU). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };

/**
 * A fresh browser profile (own cookies) on the site under test. Requests to any other host fail the test
 * that made them: `offsite` collects them, so a test can assert that a page loads nothing from elsewhere.
 * `alsoAllowed` names the other origins a journey visits on purpose (the local Stripe stand-in pages).
 */
export async function newBrowserContext(
  browser: Browser,
  baseURL: string,
  options: BrowserContextOptions = {},
  alsoAllowed: string[] = [],
): Promise<{ context: BrowserContext; offsite: string[] }> {
  const context = await browser.newContext({ ...DESKTOP, ...options, baseURL });
  const offsite: string[] = [];
  const allowed = new Set([baseURL, ...alsoAllowed].map((url) => new URL(url).origin));
  await context.route(
    (url) => !allowed.has(url.origin) && url.protocol !== 'data:',
    (route) => {
      offsite.push(route.request().url());
      return route.abort();
    },
  );
  return { context, offsite };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is now (axe is injected from node_modules). */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE }).catch(async () => {
    // A strict CSP refuses an inline script tag; evaluate the source instead (evaluation is not CSP-bound).
    await page.evaluate(AXE_SOURCE);
  });
  // Page functions run in the browser; this project compiles without the DOM types, hence `globalThis`.
  const results = await page.evaluate(async () => {
    const browser = globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<any> }; document: unknown };
    const run = await browser.axe.run(browser.document, { resultTypes: ['violations'] });
    return (run.violations as Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return results.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** How many CSS pixels the page is wider than its viewport (0 when nothing scrolls sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as {
      document: { documentElement: { scrollWidth: number; clientWidth: number }; body: { scrollWidth: number } };
    };
    return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth;
  });
}
