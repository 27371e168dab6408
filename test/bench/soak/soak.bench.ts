import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { seedCareerGuides } from '@app/career-guides';
import { loadConfig } from '@app/config';
import { benchSettings, commitHash, ROOT, startApiProcess, startWorkerProcess } from '../bench-env';
import { prepareBenchDatabase } from '../search/prepare-bench-database';
import { markdownTable, writeBenchmarkSection } from '../write-benchmarks-doc';
import { RssSummary, RssTracker } from './process-rss';
import { RouteStats, RouteSummary } from './route-stats';
import { SoakOptions, soakOptions } from './soak-options';
import { alertRunAdmin, apiUser, browserUser, SoakClock } from './soak-user';
import { prepareSoakWorld } from './soak-world';

const log = (line: string) => process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
/** The issue's bounds: no 5xx, and no process's RSS more than 20% above its start. */
const MAX_RSS_GROWTH = 0.2;
const OUTBOX = resolve(ROOT, 'var/bench-soak-outbox');

/**
 * `npm run bench -- soak`: 200 simulated users (half in a browser without JavaScript, half through the JSON API) for
 * 5 minutes against one api and two worker processes on the bench database, an admin starting an alert run every
 * minute and the retention jobs scheduled every minute. Reports per-route p99, 5xx and the processes' RSS.
 */
export async function run(): Promise<void> {
  const options = soakOptions(process.argv.slice(3));
  const { size, url } = benchSettings();
  const config = loadConfig({ ...process.env, NODE_ENV: 'development', DATABASE_URL: url, LOG_LEVEL: 'warn' });
  const dataSource = await prepareBenchDatabase(config, size, log);
  await seedCareerGuides(dataSource);
  const world = await prepareSoakWorld(dataSource, options.users);
  await dataSource.destroy();
  rmSync(OUTBOX, { recursive: true, force: true });

  const env = {
    NODE_ENV: 'development',
    DATABASE_URL: url,
    REDIS_PREFIX: 'bench-soak',
    LOG_LEVEL: 'info',
    MAIL_OUTBOX_DIR: OUTBOX,
    RETENTION_CRON: '* * * * *',
    STRIPE_SECRET_KEY: 'sk_test_bench',
    STRIPE_WEBHOOK_SECRET: 'whsec_bench',
    STRIPE_PRICE_PLUS: 'price_bench_plus',
  };
  log(`starting the api and two workers (compiled) on ${url}`);
  const api = await startApiProcess(env);
  const workers = [await startWorkerProcess(env), await startWorkerProcess(env)];
  const processes = [
    { name: 'api', pid: api.process.pid! },
    ...workers.map((worker, i) => ({ name: `worker ${i + 1}`, pid: worker.process.pid! })),
  ];
  const trackers = processes.map((p) => new RssTracker(p.name, p.pid));

  const stats = new RouteStats();
  const warmUpSeconds = warmUpOf(options.durationSeconds);
  const loadBefore = loadavg()[0]!;
  const uptimeBefore = uptime();
  const endsAt = Date.now() + options.durationSeconds * 1000;
  const clock: SoakClock = {
    running: () => Date.now() < endsAt,
    think: () => sleep(options.thinkMs * (0.5 + Math.random())),
  };
  log(`${options.users} users for ${options.durationSeconds} s (warm-up ${warmUpSeconds} s, think time ~${options.thinkMs} ms) …`);
  const users = world.users.map(async (user, i) => {
    await sleep((i / world.users.length) * warmUpSeconds * 500); // ramp up over the first half of the warm-up
    const journey = i % 2 === 0 ? browserUser : apiUser;
    await journey(world, user.email, api.url, stats, clock);
  });
  const admin = alertRunAdmin(world, api.url, stats, clock, warmUpSeconds * 500); // the first run within the warm-up
  await sleep(warmUpSeconds * 1000);
  for (const tracker of trackers) tracker.warm();
  const progress = setInterval(() => {
    const total = stats.summaries().reduce((sum, route) => sum + route.requests, 0);
    log(`  ${Math.max(0, Math.round((endsAt - Date.now()) / 1000))} s left, ${total} requests`);
  }, 30_000);
  await Promise.all([...users, admin]);
  clearInterval(progress);
  for (const tracker of trackers) tracker.loadEnded();
  await sleep(10_000);
  for (const tracker of trackers) tracker.stop();
  const rss = trackers.map((tracker) => tracker.summary());
  const loadAfter = loadavg()[0]!;
  const uptimeAfter = uptime();
  const mails = existsSync(OUTBOX) ? readdirSync(OUTBOX).length : 0;
  await Promise.all([api.stop(), ...workers.map((worker) => worker.stop())]);

  const ok = report(stats.summaries(), rss, stats.problems, {
    options,
    size,
    mails,
    load: [loadBefore, loadAfter],
    uptime: [uptimeBefore, uptimeAfter],
  });
  if (!ok) process.exitCode = 1;
}

function commandOptions(options: SoakOptions): string {
  const given = [
    options.users === 200 ? '' : ` --users ${options.users}`,
    options.durationSeconds === 300 ? '' : ` --duration ${options.durationSeconds}`,
    options.thinkMs === 5000 ? '' : ` --think-ms ${options.thinkMs}`,
  ];
  return given.join('');
}

/** The first part of the load (pools, caches, JIT and every user's login): 20% of the run, 10 to 60 s. */
function warmUpOf(durationSeconds: number): number {
  return Math.min(60, Math.max(10, durationSeconds / 5));
}

function uptime(): string {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`;
  }
}

function report(
  routes: RouteSummary[],
  rss: RssSummary[],
  problems: string[],
  run: { options: SoakOptions; size: number; mails: number; load: number[]; uptime: string[] },
): boolean {
  const ms = (value: number) => value.toFixed(value < 10 ? 1 : 0);
  const mib = (value: number) => value.toFixed(0);
  const total = routes.reduce(
    (sum, r) => ({
      requests: sum.requests + r.requests,
      status4xx: sum.status4xx + r.status4xx,
      status5xx: sum.status5xx + r.status5xx,
      failures: sum.failures + r.failures,
    }),
    { requests: 0, status4xx: 0, status5xx: 0, failures: 0 },
  );
  const routeTable = markdownTable(
    ['route', 'requests', '4xx', '5xx', 'no answer', 'p50 ms', 'p99 ms', 'max ms'],
    [
      ...routes.map((r) => [
        `\`${r.route}\``,
        String(r.requests),
        String(r.status4xx),
        String(r.status5xx),
        String(r.failures),
        ms(r.p50),
        ms(r.p99),
        ms(r.max),
      ]),
      ['**all**', String(total.requests), String(total.status4xx), String(total.status5xx), String(total.failures), '', '', ''],
    ],
  );
  const growth = (entry: RssSummary) => (entry.start > 0 ? entry.end / entry.start - 1 : 0);
  const rssTable = markdownTable(
    ['process', 'idle MiB', 'start MiB', 'end MiB', 'growth', 'within 20%', 'peak MiB', '10 s after MiB', 'every 30 s (MiB)'],
    rss.map((entry) => [
      entry.name,
      mib(entry.idle),
      mib(entry.start),
      mib(entry.end),
      `${(growth(entry) * 100).toFixed(1)}%`,
      growth(entry) <= MAX_RSS_GROWTH ? 'yes' : 'no',
      mib(entry.peak),
      mib(entry.settled),
      entry.series.map(mib).join(' '),
    ]),
  );
  const passed = total.status5xx === 0 && total.failures === 0 && rss.every((entry) => growth(entry) <= MAX_RSS_GROWTH);
  const seconds = run.options.durationSeconds;
  const verdict = `${passed ? 'Passed' : 'FAILED'}: ${total.status5xx} responses 5xx, ${total.failures} requests without an answer, RSS growth ${rss
    .map((entry) => `${entry.name} ${(growth(entry) * 100).toFixed(1)}%`)
    .join(', ')} (bound: 0 and 20%).`;
  process.stdout.write(`\n${routeTable}\n\n${rssTable}\n\n${verdict}\n`);
  if (problems.length > 0) process.stdout.write(`\nFirst problems:\n${problems.map((p) => `- ${p}`).join('\n')}\n`);
  const body = [
    `## Soak — ${run.options.users} users for ${seconds >= 60 ? `${(seconds / 60).toFixed(seconds % 60 ? 1 : 0)} min` : `${seconds} s`}, ${run.size.toLocaleString('en-US')} listings`,
    '',
    `Commit ${commitHash()}, ${new Date().toISOString()}. ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}.`,
    `\`npm run bench -- soak${commandOptions(run.options)}\`: one compiled api process and two`,
    'worker processes (request logging on) on the bench database, Postgres, Redis and the simulated users (one Node process) on',
    'the same machine. Half the users are people in a browser without JavaScript (pages and forms: home, search, listing, guide,',
    'log in through the login form once and keep the session cookie, save jobs, apply, their applications, bookmarks and alerts',
    'pages); half are JSON clients (search, listing, guide and its jobs, log in once through `POST /v1/auth/login` and keep the',
    'tokens, bookmark, apply, create up to 3 alerts and preview them). Each pauses',
    `${run.options.thinkMs / 2}–${(run.options.thinkMs * 3) / 2} ms between steps. An admin starts a weekly alert run every minute from the middle of the warm-up on (the workers build`,
    `digests and mail them: ${run.mails} mails written to the outbox) and the retention jobs are scheduled every minute.`,
    'The login rate limit counts failed logins only (per email and per address), and every simulated user logs in once with',
    'the right password, so 200 users from one address never reach it; no limit is raised for the bench.',
    `RSS is sampled every 2 s. The warm-up is the first ${warmUpOf(seconds)} s of load (users start over its first half: pools, caches, JIT and`,
    "every login done, the first alert run started). A collected heap is a sawtooth (the worker that builds a run's batch",
    'swings by ~50 MiB and back), so "start" is the highest RSS from start-up to the end of the first minute after the',
    'warm-up (what the process has needed so far, "idle" included) and "end" the highest of the last minute of load: a leak',
    'raises the peaks, while single samples would measure when the collector last ran. The last column shows one sample',
    'every 30 s after the warm-up. "idle" is right after start-up, "10 s after" once the load has stopped.',
    '',
    `Machine load during the run: \`${run.uptime[0]}\` → \`${run.uptime[1]}\` (2 cores shared with other work; latencies are`,
    'those of a loaded machine).',
    '',
    routeTable,
    '',
    rssTable,
    '',
    verdict,
  ].join('\n');
  const doc = writeBenchmarkSection('soak', body);
  log(`written to ${doc}`);
  return passed;
}
