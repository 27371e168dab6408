import { cpus, loadavg } from 'node:os';
import { DataSource } from 'typeorm';
import { encodeCursor } from '@app/common';
import { loadConfig } from '@app/config';
import { buildDataSourceOptions, prepareDatabase } from '@app/database';
import { buildTalentStatement } from '@app/resumes';
import { Client } from 'pg';
import { commitHash, envInt, startApiProcess } from '../bench-env';
import { driveApi, Measurement } from '../search/drive-api';
import { driveRaw } from '../search/drive-raw';
import { markdownTable, writeBenchmarkSection } from '../write-benchmarks-doc';
import { seedTalent } from './seed-talent';
import { TalentClass, talentClasses } from './talent-classes';

const log = (line: string) => process.stderr.write(`${line}\n`);

interface ClassResult {
  name: string;
  matches: number;
  api: Measurement;
  raw: Measurement;
  explainMs: number;
  explain: string;
}

/** `npm run bench -- talent`: GET /v1/talent over BENCH_RESUMES (100 000) resumes at BENCH_CONNECTIONS (8). */
export async function run(): Promise<void> {
  const size = envInt('BENCH_RESUMES', 100_000);
  const seconds = envInt('BENCH_DURATION', 10);
  const connections = envInt('BENCH_CONNECTIONS', 8);
  const url = process.env.BENCH_DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/jobboard_bench_talent_${size}`;
  const config = loadConfig({ ...process.env, NODE_ENV: 'development', DATABASE_URL: url, LOG_LEVEL: 'warn' });
  await prepareDatabase(config.database.url);
  const dataSource = new DataSource({ ...buildDataSourceOptions(url, { poolSize: 4 }), logging: false });
  await dataSource.initialize();
  const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM resumes`);
  if (n !== size || process.env.BENCH_RESEED) {
    log(`seeding ${size} resumes …`);
    await dataSource.query(`DELETE FROM users WHERE email LIKE 'talent-%@bench.example'`);
    const started = Date.now();
    await seedTalent(dataSource, size);
    log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } else {
    log(`bench database already holds ${size} resumes`);
  }
  const classes = talentClasses(await deepCursor(dataSource));
  const api = await startApiProcess({ NODE_ENV: 'development', DATABASE_URL: url, REDIS_PREFIX: 'bench-talent', LOG_LEVEL: 'warn' });
  const results: ClassResult[] = [];
  const loadBefore = loadavg()[0]!;
  try {
    for (const benchClass of classes) {
      const path = `/v1/talent?${new URLSearchParams(benchClass.query)}`;
      await driveApi(api.url, [path], connections, Math.min(3, seconds));
      log(`${benchClass.name}: api …`);
      results.push({
        name: benchClass.name,
        matches: await matchCount(dataSource, benchClass),
        api: await driveApi(api.url, [path], connections, seconds),
        raw: await driveRaw(url, [{ sql: statementOf(benchClass).text, params: statementOf(benchClass).values }], connections, seconds),
        ...(await explainOf(url, benchClass)),
      });
    }
  } finally {
    await api.stop();
    await dataSource.destroy();
  }
  report(results, { size, seconds, connections, load: [loadBefore, loadavg()[0]!] });
}

async function deepCursor(dataSource: DataSource): Promise<string> {
  const [row] = await dataSource.query(
    `SELECT id, featured, updated_at FROM resumes WHERE visibility = 'public'
     ORDER BY featured DESC, updated_at DESC, id DESC OFFSET 10000 LIMIT 1`,
  );
  return encodeCursor({ f: row.featured, u: row.updated_at.toISOString(), i: row.id });
}

function statementOf(benchClass: TalentClass) {
  const { cursor, ...filters } = benchClass.query;
  const after = cursor ? JSON.parse(Buffer.from(cursor.split('.')[0]!, 'base64url').toString()) : undefined;
  return buildTalentStatement(filters, 20, after);
}

async function matchCount(dataSource: DataSource, benchClass: TalentClass): Promise<number> {
  const { text, values } = statementOf({ ...benchClass, query: { ...benchClass.query, cursor: '' } });
  const counted = text.replace(/^SELECT[\s\S]*?FROM/, 'SELECT count(*)::int AS n FROM').replace(/ORDER BY[\s\S]*$/, '');
  const [{ n }] = await dataSource.query(counted, values.slice(0, -1));
  return n;
}

/** EXPLAIN (ANALYZE, BUFFERS) of the statement the API runs; the fastest of five. */
async function explainOf(url: string, benchClass: TalentClass): Promise<{ explainMs: number; explain: string }> {
  const { text, values } = statementOf(benchClass);
  const client = new Client({ connectionString: url });
  await client.connect();
  let best = { explainMs: Infinity, explain: '' };
  try {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
      const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
      const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
      if (ms < best.explainMs) best = { explainMs: ms, explain: plan };
    }
  } finally {
    await client.end();
  }
  return best;
}

function report(results: ClassResult[], run: { size: number; seconds: number; connections: number; load: number[] }): void {
  const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);
  const table = markdownTable(
    ['class', 'matches', 'API req/s', 'API p50 ms', 'API p99 ms', 'SQL q/s', 'SQL p50 ms', 'SQL p99 ms', 'EXPLAIN ms', 'errors'],
    results.map((r) => [
      r.name,
      String(r.matches),
      r.api.rps.toFixed(0),
      ms(r.api.p50),
      ms(r.api.p99),
      r.raw.rps.toFixed(0),
      ms(r.raw.p50),
      ms(r.raw.p99),
      ms(r.explainMs),
      String(r.api.failures + r.raw.failures),
    ]),
  );
  process.stdout.write(`\n${table}\n`);
  const body = [
    `## Talent directory — ${run.size.toLocaleString('en-US')} resumes`,
    '',
    `\`npm run bench -- talent\` (BENCH_RESUMES=${run.size}). Commit ${commitHash()}, ${new Date().toISOString()}. ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}.`,
    `Postgres, the compiled API and autocannon share the machine with other work; 1-minute load average`,
    `${run.load.map((l) => l.toFixed(1)).join(' → ')} during the run (above 2 means other work competed for the 2 cores).`,
    `autocannon runs ${run.connections} connections for ${run.seconds} s per class after a 3 s warm-up, then ${run.connections} pg clients run the`,
    'statement alone (`SQL` columns: the database side of the target, without the API process). 90% of the resumes are',
    'public, every 20th featured. Target (issue 15): p99 ≤ 30 ms at concurrency 8.',
    '',
    table,
    '',
    '- Order `(featured, updated_at, id)` descending is the partial btree `resumes_directory_idx` (public rows) walked',
    '  backwards; pages are keyset, so a deep page costs what the first does.',
    '- `q` is `websearch_to_tsquery` over `search_vector` (headline A, skills B, summary C; location D with the `simple`',
    '  configuration for `region`), `skill` is `skill_keys @> ARRAY[…]` (lower-cased skills); both have partial GIN indexes.',
    '  A common term walks the directory index and filters; a rare one is a bitmap over the GIN index and a small sort.',
    '',
    '### EXPLAIN (ANALYZE, BUFFERS) per class',
    '',
    ...results.flatMap((r) => [`#### ${r.name}`, '', '```', r.explain, '```', '']),
  ].join('\n');
  log(`written to ${writeBenchmarkSection(`talent-${run.size}`, body)}`);
}
