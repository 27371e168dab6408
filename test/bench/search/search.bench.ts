import { cpus, loadavg } from 'node:os';
import { DataSource } from 'typeorm';
import { encodeCursor } from '@app/common';
import { AppConfig, loadConfig } from '@app/config';
import {
  buildSearchConditions,
  LISTING_WITH_COMPANY_COLUMNS,
  ListingSearchRepository,
  openListingCondition,
  SearchCriteria,
  SearchEstimator,
  SearchStatementPool,
  SqlParams,
} from '@app/jobs';
import { benchSettings, commitHash, startApiProcess } from '../bench-env';
import { markdownTable, writeBenchmarkSection } from '../write-benchmarks-doc';
import { driveApi, Measurement } from './drive-api';
import { driveRaw, RawStatement } from './drive-raw';
import { explainOf } from './explain-statement';
import { prepareBenchDatabase } from './prepare-bench-database';
import { ClassInputs, SearchClass, searchClasses } from './search-classes';

const log = (line: string) => process.stderr.write(`${line}\n`);
const SLUG_SQL = `SELECT ${LISTING_WITH_COMPANY_COLUMNS} FROM job_listings l JOIN companies c ON c.id = l.company_id WHERE l.slug = $1`;

interface ClassResult {
  name: string;
  matches: string;
  plan: string;
  api: Measurement;
  raw: Measurement;
  explainMs: number;
  explain: string;
}

/** `npm run bench -- search`: GET /v1/jobs over BENCH_LISTINGS (200 000) listings, API vs raw SQL, with plans. */
export async function run(): Promise<void> {
  const { size, seconds, connections, url } = benchSettings();
  const config = loadConfig({ ...process.env, NODE_ENV: 'development', DATABASE_URL: url, LOG_LEVEL: 'warn' });
  const dataSource = await prepareBenchDatabase(config, size, log);
  const statementPool = new SearchStatementPool(config);
  const repository = new ListingSearchRepository(statementPool, new SearchEstimator(dataSource), config);
  const classes = searchClasses(await classInputs(dataSource, size));

  log(`starting the api (compiled) on ${url}`);
  const api = await startApiProcess({
    NODE_ENV: 'development',
    DATABASE_URL: url,
    REDIS_PREFIX: 'bench',
    LOG_LEVEL: process.env.BENCH_API_LOG_LEVEL ?? 'info',
  });
  const results: ClassResult[] = [];
  const loadBefore = loadavg()[0]!;
  try {
    for (const benchClass of classes) {
      const statements = await rawStatements(repository, benchClass);
      await driveApi(api.url, benchClass.paths, connections, Math.min(3, seconds)); // warm-up
      log(`${benchClass.name}: api …`);
      const apiResult = await driveApi(api.url, benchClass.paths, connections, seconds);
      log(`${benchClass.name}: raw …`);
      const rawResult = await driveRaw(url, statements, connections, seconds);
      const explain = await explainOf(url, statements[0]!);
      results.push({
        name: benchClass.name,
        matches: await matchShare(dataSource, config, benchClass),
        plan: benchClass.criteria ? (await repository.choosePlan(benchClass.criteria, 21)).strategy : 'by slug',
        api: apiResult,
        raw: rawResult,
        ...explain,
      });
    }
  } finally {
    await api.stop();
    await statementPool.onModuleDestroy();
    await dataSource.destroy();
  }
  report(results, { size, seconds, connections, load: [loadBefore, loadavg()[0]!] });
}

/** The deep-page cursor and the 500 listing slugs the classes request (also used by the web bench). */
export async function classInputs(dataSource: DataSource, size: number): Promise<ClassInputs> {
  const [deep] = await dataSource.query(
    `SELECT id, (extract(epoch FROM published_at) * 1000000)::bigint::text AS p FROM job_listings l
     WHERE ${openListingCondition('l')} AND NOT featured ORDER BY published_at DESC, id DESC OFFSET $1 LIMIT 1`,
    [Math.min(10_000, Math.floor(size / 2))],
  );
  const deepPosition = { f: false, p: deep.p as string, i: deep.id as string };
  const slugs: Array<{ slug: string }> = await dataSource.query(
    `SELECT slug FROM job_listings WHERE status = 'published' ORDER BY md5(id::text) LIMIT 500`,
  );
  return { deepCursor: encodeCursor(deepPosition), deepPosition, slugs: slugs.map((s) => s.slug) };
}

async function rawStatements(repository: ListingSearchRepository, benchClass: SearchClass): Promise<RawStatement[]> {
  if (benchClass.slugs) return benchClass.slugs.map((slug) => ({ sql: SLUG_SQL, params: [slug] }));
  const { sql, params } = await repository.statement(benchClass.criteria ?? {}, benchClass.after ?? null, 21);
  return [{ sql, params, search: true }];
}

async function matchShare(dataSource: DataSource, config: AppConfig, benchClass: SearchClass): Promise<string> {
  if (!benchClass.criteria) return '1 row';
  const criteria: SearchCriteria = benchClass.criteria;
  const params = new SqlParams();
  const where = [openListingCondition('l'), ...buildSearchConditions(criteria, params, { alias: 'l', usdRates: config.jobs.usdRates })];
  const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM job_listings l WHERE ${where.join(' AND ')}`, params.values);
  const [{ total }] = await dataSource.query(`SELECT count(*)::int AS total FROM job_listings l WHERE ${openListingCondition('l')}`);
  return `${n} (${((100 * n) / total).toFixed(2)}%)`;
}

function report(results: ClassResult[], run: { size: number; seconds: number; connections: number; load: number[] }): void {
  const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);
  const rows = results.map((r) => [
    r.name,
    r.matches,
    r.plan,
    r.api.rps.toFixed(0),
    ms(r.api.p50),
    ms(r.api.p99),
    r.raw.rps.toFixed(0),
    ms(r.raw.p50),
    ms(r.raw.p99),
    (r.api.rps / r.raw.rps).toFixed(2),
    ms(r.explainMs),
    String(r.api.failures + r.raw.failures),
  ]);
  const header = [
    'class',
    'matches',
    'plan',
    'API req/s',
    'API p50 ms',
    'API p99 ms',
    'raw q/s',
    'raw p50 ms',
    'raw p99 ms',
    'API/raw',
    'EXPLAIN ms',
    'errors',
  ];
  const table = markdownTable(header, rows);
  process.stdout.write(`\n${table}\n`);
  // The mix: one request of each class, so its rate is the harmonic mean of the classes' rates.
  const mixRate = (rate: (r: ClassResult) => number) => results.length / results.reduce((sum, r) => sum + 1 / rate(r), 0);
  const mixApi = mixRate((r) => r.api.rps);
  const mixRaw = mixRate((r) => r.raw.rps);
  const body = [
    `## Search — ${run.size.toLocaleString('en-US')} listings`,
    '',
    `Commit ${commitHash()}, ${new Date().toISOString()}. ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}.`,
    `Postgres, the compiled API (one process, request logging on) and the load generators share the machine;`,
    `1-minute load average ${run.load.map((l) => l.toFixed(1)).join(' → ')} during the run (anything above 2 means other work competed for the 2 cores).`,
    `autocannon and the raw \`pg\` loop each run ${run.connections} connections for ${run.seconds} s per class, after a 3 s warm-up.`,
    `\`matches\` is the share of open listings the class matches; \`plan\` is the route the search picked (see libs/jobs/src/search/search-plan.ts).`,
    '',
    table,
    '',
    `The mix (one request of each class, so the harmonic mean of the rates): API ${mixApi.toFixed(0)} req/s vs raw ${mixRaw.toFixed(0)} q/s (ratio ${(mixApi / mixRaw).toFixed(2)}).`,
    '',
    '### How the search keeps the worst case fast',
    '',
    '- The newest-first order is `(featured, published_at, id)`, served by the partial btree `job_listings_feed_idx`',
    '  (and `job_listings_category_feed_idx` for a category); pages are keyset, so a deep page costs what the first does.',
    '- A cached planner estimate (EXPLAIN, no execution, one per distinct criteria per minute) routes each full-text',
    '  search: frequent terms walk the feed index and test the (inline, uncompressed) search vector row by row under a',
    '  row budget; mid-frequency terms AND the query with publish hour/day lexemes stored in the vector, so the GIN scan',
    '  itself is bounded to the newest hours or days and only a few hundred rows are visited (a wider window, then',
    '  everything older, run only while the page is still short); terms with fewer than ~80 matches take the plain GIN bitmap. A walk that comes up short is redone as a full bitmap, so the route never changes the result',
    '  (test/integration/jobs/search-plans.test.ts checks every route against the others).',
    '- No `ts_rank`: results are newest first. The vector is lean (title A, tags B, company C, first 1 000 characters',
    '  of the description D) and stays in the heap row; the Markdown and HTML bodies go to TOAST (`toast_tuple_target`).',
    '- What stays slow: a phrase of two common words that never occur next to each other has to recheck every row holding',
    '  both words (GIN stores no positions). Search statements run on their own pool whose connections are read-only, have',
    '  `jit = off` (the estimate of a never-run fallback level could otherwise cross `jit_above_cost` and add ~200 ms of',
    '  compiling, as a first 1M run showed) and a 2 s `statement_timeout` that bounds such a case (503).',
    '- Search statements are named (prepared once per connection): after five runs Postgres settles on a generic plan',
    '  when it costs no more than the custom ones, so a repeated search shape is no longer planned per request (planning',
    '  took as long as executing). The plans below are the ones those statements run (`EXPLAIN EXECUTE` after six runs).',
    '- A page reads each listing as one JSON text kept rendered in `job_listing_items` (by triggers on listings and',
    '  companies) and sends it on unparsed: parsing two dozen columns per row and serialising the page had cost the API',
    '  ~0.35 ms a request, and rendering the JSON per request cost Postgres ~20 µs a row. The route parses its query',
    "  by hand (class-transformer + class-validator cost ~0.08 ms a request) and sets helmet's headers recorded once.",
    '',
    '### EXPLAIN (ANALYZE, BUFFERS) per class',
    '',
    ...results.flatMap((r) => [`#### ${r.name} — ${r.plan}`, '', '```', r.explain, '```', '']),
  ].join('\n');
  const doc = writeBenchmarkSection(`search-${run.size}`, body);
  log(`written to ${doc}`);
}
