import { cpus, loadavg } from 'node:os';
import { DataSource } from 'typeorm';
import { AccessTokenService, Role } from '@app/accounts';
import { AppConfig, loadConfig } from '@app/config';
import { buildDataSourceOptions, prepareDatabase } from '@app/database';
import { seedGeneratedListings } from '@app/jobs';
import { CountingSmtpSink } from '@app/testing';
import { commitHash, envInt, startApiProcess } from '../bench-env';
import { markdownTable, writeBenchmarkSection } from '../write-benchmarks-doc';
import { BenchWorker } from './bench-worker';
import { matchingPass, MatchingPassResult } from './matching-pass';
import { BaselineResult, naiveBaseline } from './naive-baseline';
import { seedAlertSubscribers } from './seed-alert-subscribers';

const log = (line: string) => process.stderr.write(`${line}\n`);
const JWT_SECRET = 'alerts-bench-secret-that-is-at-least-32-bytes';
const PRICE_PLUS = 'price_plus_bench';

interface RunResult {
  frequency: 'daily' | 'weekly';
  subscribers: number;
  digests: number;
  emailsSent: number;
  failed: number;
  buildSeconds: number;
  /** Per batch, summed over the run (batches run in parallel): phase → seconds. */
  phases: Record<string, number>;
  batches: number;
  /** Mean 1-minute load average while the run went on (other work on the machine shows here). */
  load: number;
  /** CPU seconds all worker processes used during the run (independent of other load on the machine). */
  workerCpuSeconds: number;
  mailSeconds: number;
  endToEndSeconds: number;
}

/**
 * `npm run bench -- alerts`: BENCH_SUBSCRIBERS (100 000) subscribers, 20% Plus, 1–3 alerts each, over
 * BENCH_LISTINGS (200 000) listings of which BENCH_NEW (2 000) are new since the last run; a daily and
 * a weekly run through the real api and BENCH_WORKERS compiled worker processes into a local SMTP sink,
 * against the naive per-alert query as the baseline.
 */
export async function run(): Promise<void> {
  const listings = envInt('BENCH_LISTINGS', 200_000);
  const subscribers = envInt('BENCH_SUBSCRIBERS', 100_000);
  const fresh = envInt('BENCH_NEW', 2_000);
  const workerCount = envInt('BENCH_WORKERS', 2);
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/jobboard_bench_alerts';
  const env = {
    NODE_ENV: 'development',
    DATABASE_URL: url,
    JWT_SECRET,
    LOG_LEVEL: 'info',
    STRIPE_SECRET_KEY: 'sk_test_bench',
    STRIPE_WEBHOOK_SECRET: 'whsec_bench',
    STRIPE_PRICE_PLUS: PRICE_PLUS,
    ALERTS_TICK_CRON: '0 0 1 1 *',
    REDIS_PREFIX: `bench-alerts-${process.pid}`,
  };
  const config = loadConfig({ ...process.env, ...env, LOG_LEVEL: 'warn' });
  const dataSource = await prepare(config, listings, subscribers, log);
  const seeded = await seedAlertSubscribers(dataSource, subscribers, PRICE_PLUS, log);
  const cursor = await resetAlertState(dataSource, fresh);
  log(`${seeded.alerts} alerts, ${seeded.distinctCriteria} distinct criteria; cursors at ${cursor.toISOString()} (${fresh} new listings)`);

  log('naive baseline: one query per alert …');
  const baseline = await naiveBaseline(dataSource, config.jobs.usdRates, envInt('BENCH_BASELINE_SAMPLE', 3_000), 2);
  log(`  ${baseline.alertsPerSecond.toFixed(0)} alerts/s → ${baseline.subscribersPerSecond.toFixed(0)} subscribers/s`);
  log('matching alone (set-based, nothing written) …');
  const alone = await matchingPass(config, ['daily', 'weekly'], 2);
  alone.forEach((pass) => log(`  ${JSON.stringify(pass)}`));

  const sink = await new CountingSmtpSink({ keepMails: false }).start();
  const smtp = { SMTP_URL: `${sink.url}?pool=true&maxConnections=16` };
  const workers: BenchWorker[] = [];
  let api: Awaited<ReturnType<typeof startApiProcess>> | undefined;
  const results: RunResult[] = [];
  try {
    api = await startApiProcess({ ...env, LOG_LEVEL: 'warn', ...smtp });
    for (let i = 0; i < workerCount; i += 1) workers.push(new BenchWorker({ ...env, ...smtp }));
    await Promise.all(workers.map((worker) => worker.start()));
    const token = await adminToken(dataSource, config);
    for (const frequency of ['daily', 'weekly'] as const) {
      log(`${frequency} run …`);
      results.push(await dispatch(api.url, token, frequency, dataSource, workers));
      log(`  ${JSON.stringify(results[results.length - 1])}`);
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
    await api?.stop();
    await sink.stop();
  }
  const peakRss = Math.max(...workers.map((worker) => worker.peakRssMb()));
  const body = report({ listings, subscribers, fresh, workerCount, seeded, baseline, alone, results, peakRss, sinkCount: sink.count });
  process.stdout.write(`${body}\n`);
  log(`written to ${writeBenchmarkSection('alerts', body)}`);
  await dataSource.destroy();
}

async function prepare(config: AppConfig, listings: number, subscribers: number, log: (line: string) => void): Promise<DataSource> {
  await prepareDatabase(config.database.url);
  const dataSource = new DataSource({ ...buildDataSourceOptions(config.database.url, { poolSize: 4 }), logging: false });
  await dataSource.initialize();
  const [{ total }] = await dataSource.query('SELECT count(*)::int AS total FROM job_listings');
  if (total !== listings || process.env.BENCH_RESEED) {
    log(`seeding ${listings} listings …`);
    await dataSource.query('TRUNCATE job_listings, companies CASCADE');
    await seedGeneratedListings(dataSource, { count: listings, usdRates: config.jobs.usdRates, expiryDays: config.jobs.defaultExpiryDays });
    await dataSource.query('VACUUM ANALYZE job_listings');
  }
  log(`bench database ready: ${listings} listings, ${subscribers} subscribers wanted`);
  return dataSource;
}

/** Forgets every earlier run and puts each cursor just before the `fresh` newest open listings. */
async function resetAlertState(dataSource: DataSource, fresh: number): Promise<Date> {
  await dataSource.query('TRUNCATE alert_runs, alert_run_batches, alert_digests, alert_deliveries');
  const [row] = await dataSource.query(
    `SELECT first_published_at FROM job_listings WHERE status = 'published' AND expires_at > now()
     ORDER BY first_published_at DESC OFFSET $1 LIMIT 1`,
    [fresh],
  );
  await dataSource.query(`UPDATE job_alerts SET cursor_at = $1, last_digest_at = NULL, paused = false`, [row.first_published_at]);
  await dataSource.query('VACUUM ANALYZE job_alerts, users, subscriptions');
  return row.first_published_at;
}

async function adminToken(dataSource: DataSource, config: AppConfig): Promise<string> {
  const [admin] = await dataSource.query(
    `INSERT INTO users (email, name, password_hash, role) VALUES ('bench-admin@bench.test', 'Bench admin', 'x', 'admin')
     ON CONFLICT (email) DO UPDATE SET role = 'admin' RETURNING id, email`,
  );
  return new AccessTokenService(config).sign({ id: admin.id, email: admin.email, role: Role.Admin });
}

async function dispatch(
  apiUrl: string,
  token: string,
  frequency: 'daily' | 'weekly',
  dataSource: DataSource,
  workers: BenchWorker[],
): Promise<RunResult> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const cpuBefore = workers.reduce((sum, worker) => sum + worker.cpuSeconds(), 0);
  const posted = Date.now();
  const response = await fetch(`${apiUrl}/v1/admin/alerts/runs`, { method: 'POST', headers, body: JSON.stringify({ frequency }) });
  if (response.status !== 202) throw new Error(`run not started: ${response.status} ${await response.text()}`);
  const { id } = (await response.json()) as { id: string };
  let view: Record<string, unknown>;
  const loads: number[] = [];
  for (;;) {
    loads.push(loadavg()[0]!);
    view = (await (await fetch(`${apiUrl}/v1/admin/alerts/runs/${id}`, { headers })).json()) as Record<string, unknown>;
    if (view.status === 'completed' || view.status === 'failed') break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const finished = Date.now();
  const workerCpuSeconds = workers.reduce((sum, worker) => sum + worker.cpuSeconds(), 0) - cpuBefore;
  if (view.status !== 'completed') throw new Error(`run ${id} ${String(view.status)}`);
  const [times] = await dataSource.query(
    `SELECT extract(epoch FROM max(b.done_at) - r.started_at)::float AS build,
            (SELECT extract(epoch FROM max(d.sent_at) - min(d.created_at))::float FROM alert_digests d WHERE d.run_id = r.id AND d.status = 'sent') AS mail
     FROM alert_runs r JOIN alert_run_batches b ON b.run_id = r.id WHERE r.id = $1 GROUP BY r.id, r.started_at`,
    [id],
  );
  const batches = workers.flatMap((worker) => worker.records('alert batch built')).filter((record) => record.runId === id);
  const phases: Record<string, number> = {};
  for (const record of batches) {
    for (const [key, value] of Object.entries(record)) {
      if (key.endsWith('Ms')) phases[key.slice(0, -2)] = (phases[key.slice(0, -2)] ?? 0) + Number(value) / 1000;
    }
  }
  return {
    frequency,
    subscribers: Number(view.subscribers),
    digests: Number(view.digests),
    emailsSent: Number(view.emailsSent),
    failed: Number(view.failed),
    buildSeconds: times?.build ?? 0,
    phases,
    batches: batches.length,
    load: loads.reduce((sum, value) => sum + value, 0) / Math.max(loads.length, 1),
    workerCpuSeconds,
    mailSeconds: times?.mail ?? 0,
    endToEndSeconds: (finished - posted) / 1000,
  };
}

const MATCHING_PHASES = ['load', 'plan', 'match', 'ledger', 'assemble'];

function matchingSeconds(result: RunResult): number {
  return MATCHING_PHASES.reduce((sum, phase) => sum + (result.phases[phase] ?? 0), 0);
}

function phaseList(phases: Record<string, number>): string {
  return Object.entries(phases)
    .map(([phase, seconds]) => `${phase} ${seconds.toFixed(1)}`)
    .join(', ');
}

function report(input: {
  listings: number;
  subscribers: number;
  fresh: number;
  workerCount: number;
  seeded: { alerts: number; distinctCriteria: number };
  baseline: BaselineResult;
  alone: MatchingPassResult[];
  results: RunResult[];
  peakRss: number;
  sinkCount: number;
}): string {
  const { baseline, results } = input;
  const f = (value: number, digits = 1) => value.toFixed(digits);
  const rows = results.map((r) => {
    const matchRate = r.subscribers / Math.max(r.buildSeconds, 0.001);
    return [
      r.frequency,
      String(r.subscribers),
      String(r.digests),
      String(r.emailsSent),
      String(r.failed),
      f(r.buildSeconds),
      f(matchRate, 0),
      f(matchingSeconds(r)),
      f(r.digests / Math.max(r.buildSeconds, 0.001), 0),
      f(r.emailsSent / Math.max(r.mailSeconds, 0.001), 0),
      f(r.endToEndSeconds),
      `${f(matchRate / baseline.subscribersPerSecond)}×`,
    ];
  });
  const aloneRows = input.alone.map((pass) => [
    pass.frequency,
    String(pass.subscribers),
    String(pass.digests),
    String(pass.batches),
    f(pass.seconds),
    f(pass.subscribersPerSecond, 0),
    `${f(pass.subscribersPerSecond / baseline.subscribersPerSecond)}×`,
    phaseList(pass.phases),
  ]);
  const cpu = cpus();
  return [
    `## Alerts — ${input.subscribers.toLocaleString('en-US')} subscribers, ${input.listings.toLocaleString('en-US')} listings`,
    '',
    `Commit ${commitHash()}, ${new Date().toISOString()}. ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? 'unknown'}), Node ${process.version}.`,
    `${input.subscribers.toLocaleString('en-US')} subscribers (20% Plus), ${input.seeded.alerts.toLocaleString('en-US')} alerts (1–3 each; Plus mostly daily) with ${input.seeded.distinctCriteria.toLocaleString('en-US')} distinct criteria;`,
    `${input.fresh.toLocaleString('en-US')} listings first published after the cursors. Postgres, the compiled api, ${input.workerCount} compiled worker process(es) and a counting SMTP sink on loopback share the machine.`,
    'Each run is forced through `POST /v1/admin/alerts/runs` and followed until `completed`.',
    '',
    markdownTable(
      [
        'run',
        'subscribers',
        'digests',
        'mails',
        'failed',
        'match+build s',
        'matching subscribers/s',
        'matching s (Σ batches)',
        'digests built/s',
        'mails/s',
        'end-to-end s',
        'vs baseline (wall)',
      ],
      rows,
    ),
    '',
    '### Matching alone, against the per-alert baseline',
    '',
    `Naive baseline (one query per alert, ${baseline.alerts} sampled alerts on 2 connections): ${f(baseline.alertsPerSecond, 0)} alerts/s = ` +
      `${f(baseline.subscribersPerSecond, 0)} subscribers/s at ${f(baseline.alertsPerSubscriber, 2)} alerts per subscriber ` +
      `(a 100 000-subscriber weekly run would take ${f(100_000 / baseline.subscribersPerSecond, 0)} s to match).`,
    'Set-based, measured the same way (one process, two batches at a time, nothing else running, before the runs below): each',
    "batch does what a batch job does before its commit — reads its due alerts, the owners' plans, matches, checks the ledger,",
    "assembles the digest sections — and writes nothing. Its digests match the runs' below, except where the daily run's",
    'ledger already holds a listing by the time the weekly run comes.',
    '',
    markdownTable(
      ['run', 'subscribers', 'digests', 'batches', 'seconds', 'subscribers/s', 'vs baseline', 'seconds summed over batches by phase'],
      aloneRows,
    ),
    '',
    '### The runs',
    '',
    ...results.map(
      (r) =>
        `${r.frequency}: mean load average ${f(r.load)} on ${cpus().length} CPUs; worker CPU ${f(r.workerCpuSeconds)} s ` +
        `(${f((r.workerCpuSeconds * 1000) / Math.max(r.subscribers, 1), 2)} ms per subscriber); ${r.batches} batches; seconds summed over batches by phase: ` +
        `${phaseList(r.phases)}.`,
    ),
    `Worker peak RSS (max over the worker processes, kernel high-water mark): ${input.peakRss} MB. Mails accepted by the sink: ${input.sinkCount}.`,
    '',
    '`match+build s`: from the run starting to its last batch committed (fan-out, due-subscriber reads, set-based matching,',
    'digest + ledger + cursor transaction), mails already flowing meanwhile; `matching subscribers/s` divides the subscribers by it.',
    "`matching s`: the batches' own time before their commit (due alerts, plans, set-based matching, ledger lookup, assembling), summed",
    'although they run in parallel. `mails/s`: from the first digest built to the last mail sent.',
    "`vs baseline (wall)`: matching subscribers/s over the baseline's subscribers/s (both with two lanes, but the run's wall time",
    'also holds its commits and the mails sent meanwhile, on the same two cores).',
  ].join('\n');
}
