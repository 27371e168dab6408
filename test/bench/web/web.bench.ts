import { cpus, loadavg } from 'node:os';
import { seedCareerGuides } from '@app/career-guides';
import { loadConfig } from '@app/config';
import { benchSettings, commitHash, startApiProcess } from '../bench-env';
import { driveApi, Measurement } from '../search/drive-api';
import { prepareBenchDatabase } from '../search/prepare-bench-database';
import { searchClasses } from '../search/search-classes';
import { classInputs } from '../search/search.bench';
import { markdownTable, writeBenchmarkSection } from '../write-benchmarks-doc';
import { assetBytes, COMPRESSED, wireSize } from './wire-size';

const log = (line: string) => process.stderr.write(`${line}\n`);

/** The targets: a page within 1.3× its twin's p99 and 0.7× its throughput; search HTML ≤ 40 KB; CSS + JS ≤ 50 KB. */
const TARGET = { p99: 1.3, rps: 0.7, searchHtmlBytes: 40 * 1024, assetBytes: 50 * 1024 };
const GUIDE_SLUGS = ['backend-developer', 'frontend-developer', 'devops-engineer'];

interface Pair {
  name: string;
  search: boolean;
  page: string[];
  json: string[];
}

interface PairResult extends Pair {
  pageRun: Measurement;
  jsonRun: Measurement;
  pageBytes: number;
  jsonBytes: number;
}

/** Each page beside its JSON twin: the search classes of the search bench, one listing, one guide. */
function pairs(classes: ReturnType<typeof searchClasses>): Pair[] {
  const listings = classes.filter((c) => !c.slugs);
  const bySlug = classes.find((c) => c.slugs)!;
  return [
    ...listings.map((c) => ({ name: c.name, search: true, page: c.paths.map((p) => p.replace(/^\/v1\/jobs/, '/jobs')), json: c.paths })),
    { name: 'one listing by slug', search: false, page: bySlug.slugs!.map((s) => `/jobs/${s}`), json: bySlug.paths },
    {
      name: 'one career guide',
      search: false,
      page: GUIDE_SLUGS.map((s) => `/careers/${s}`),
      json: GUIDE_SLUGS.map((s) => `/v1/guides/${s}`),
    },
  ];
}

/**
 * `npm run bench -- web`: every page against its JSON twin in the same run, over BENCH_LISTINGS (200 000)
 * listings, at BENCH_CONNECTIONS (8), both asking for compressed responses. Anonymous visitors (the pages'
 * heaviest case: ads on, the Plus count shown).
 */
export async function run(): Promise<void> {
  const { size, seconds, connections, url } = benchSettings();
  const config = loadConfig({ ...process.env, NODE_ENV: 'development', DATABASE_URL: url, LOG_LEVEL: 'warn' });
  const dataSource = await prepareBenchDatabase(config, size, log);
  await seedCareerGuides(dataSource);
  const benchPairs = pairs(searchClasses(await classInputs(dataSource, size)));
  await dataSource.destroy();

  log(`starting the api (compiled) on ${url}`);
  const api = await startApiProcess({
    NODE_ENV: 'development',
    DATABASE_URL: url,
    REDIS_PREFIX: 'bench-web',
    LOG_LEVEL: process.env.BENCH_API_LOG_LEVEL ?? 'info',
    // Billing configured (never called by these pages), so the guide page counts Plus members as in production.
    STRIPE_SECRET_KEY: 'sk_test_bench',
    STRIPE_WEBHOOK_SECRET: 'whsec_bench',
    STRIPE_PRICE_PLUS: 'price_bench_plus',
  });
  const results: PairResult[] = [];
  const loadBefore = loadavg()[0]!;
  let assets: { bytes: number; files: string[] };
  try {
    assets = await assetBytes(api.url, '/jobs?q=engineer');
    for (const pair of benchPairs) {
      for (const path of [pair.page[0]!, pair.json[0]!]) {
        const { status } = await wireSize(`${api.url}${path}`);
        if (status !== 200) throw new Error(`${path} answered ${status}`);
      }
      await driveApi(api.url, pair.page, connections, Math.min(3, seconds), COMPRESSED); // warm-up
      await driveApi(api.url, pair.json, connections, Math.min(3, seconds), COMPRESSED);
      log(`${pair.name}: page …`);
      const pageRun = await driveApi(api.url, pair.page, connections, seconds, COMPRESSED);
      log(`${pair.name}: json …`);
      const jsonRun = await driveApi(api.url, pair.json, connections, seconds, COMPRESSED);
      results.push({
        ...pair,
        pageRun,
        jsonRun,
        pageBytes: (await wireSize(`${api.url}${pair.page[0]}`)).bytes,
        jsonBytes: (await wireSize(`${api.url}${pair.json[0]}`)).bytes,
      });
    }
  } finally {
    await api.stop();
  }
  report(results, assets!, { size, seconds, connections, load: [loadBefore, loadavg()[0]!] });
}

function meets(r: PairResult): string[] {
  const missed: string[] = [];
  if (r.pageRun.p99 > TARGET.p99 * r.jsonRun.p99) missed.push('p99');
  if (r.pageRun.rps < TARGET.rps * r.jsonRun.rps) missed.push('req/s');
  if (r.search && r.pageBytes > TARGET.searchHtmlBytes) missed.push('size');
  return missed;
}

function report(
  results: PairResult[],
  assets: { bytes: number; files: string[] },
  run: { size: number; seconds: number; connections: number; load: number[] },
): void {
  const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const rows = results.map((r) => {
    const missed = meets(r);
    return [
      r.name,
      r.pageRun.rps.toFixed(0),
      r.jsonRun.rps.toFixed(0),
      (r.pageRun.rps / r.jsonRun.rps).toFixed(2),
      ms(r.pageRun.p50),
      ms(r.jsonRun.p50),
      ms(r.pageRun.p99),
      ms(r.jsonRun.p99),
      (r.pageRun.p99 / r.jsonRun.p99).toFixed(2),
      kb(r.pageBytes),
      kb(r.jsonBytes),
      String(r.pageRun.failures + r.jsonRun.failures),
      missed.length === 0 ? 'yes' : `no (${missed.join(', ')})`,
    ];
  });
  const header = [
    'page vs JSON twin',
    'page req/s',
    'JSON req/s',
    'req/s ratio',
    'page p50 ms',
    'JSON p50 ms',
    'page p99 ms',
    'JSON p99 ms',
    'p99 ratio',
    'page KB',
    'JSON KB',
    'errors',
    'meets targets',
  ];
  const table = markdownTable(header, rows);
  const assetLine = `CSS + JS a page loads: ${kb(assets.bytes)} KB compressed (${assets.files.join(', ')}); target ≤ 50 KB: ${
    assets.bytes <= TARGET.assetBytes ? 'met' : 'missed'
  }.`;
  process.stdout.write(`\n${table}\n\n${assetLine}\n`);
  const body = [
    `## Web pages beside their JSON twins — ${run.size.toLocaleString('en-US')} listings`,
    '',
    `Commit ${commitHash()}, ${new Date().toISOString()}. ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}.`,
    `Postgres, the compiled API (one process, request logging on) and autocannon share the machine; 1-minute load average`,
    `${run.load.map((l) => l.toFixed(1)).join(' → ')} during the run (above 2, other work competed for the 2 cores).`,
    `Each row: the page, then its JSON twin, ${run.connections} connections for ${run.seconds} s each after 3 s warm-ups, anonymous, both`,
    '`accept-encoding: br, gzip`. Sizes are the compressed bodies on the wire (first path of the row). Pages rotate through the',
    "same paths as their twins (500 listing slugs, the 3 demo guides). Targets (issue 13): page p99 ≤ 1.3× the twin's, page",
    "req/s ≥ 0.7× the twin's, `/jobs?q=…` HTML ≤ 40 KB compressed.",
    '',
    table,
    '',
    assetLine,
  ].join('\n');
  const doc = writeBenchmarkSection(`web-${run.size}`, body);
  log(`written to ${doc}`);
}
