import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { AdviceRankingQuery, buildAdviceProfile, CategoryTagStatsQuery } from '@app/advice';
import { loadConfig } from '@app/config';
import { SearchStatementPool } from '@app/jobs';
import { benchSettings, commitHash } from '../bench-env';
import { driveRaw, RawStatement } from '../search/drive-raw';
import { Measurement } from '../search/drive-api';
import { explainOf } from '../search/explain-statement';
import { prepareBenchDatabase } from '../search/prepare-bench-database';
import { markdownTable, writeBenchmarkSection } from '../write-benchmarks-doc';
import { ADVICE_CLASSES } from './advice-classes';

const log = (line: string) => process.stderr.write(`${line}\n`);

interface ClassResult {
  name: string;
  raw: Measurement;
  explainMs: number;
  explain: string;
  top: string;
}

/**
 * `npm run bench -- advice`: the ranking statement of GET /v1/me/advice over BENCH_LISTINGS (200 000) open listings,
 * for seekers of several kinds, run as the API runs it (search pool: prepared, generic plan, read-only), plus the
 * skill gap's per-category count (cached a minute per category in the API, measured here uncached).
 */
export async function run(): Promise<void> {
  const { size, seconds, url } = benchSettings();
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 2);
  const config = loadConfig({ ...process.env, NODE_ENV: 'development', DATABASE_URL: url, LOG_LEVEL: 'warn' });
  const dataSource = await prepareBenchDatabase(config, size, log);
  await dataSource.query('VACUUM ANALYZE listing_advice_terms');
  const pool = new SearchStatementPool(config);
  const ranking = new AdviceRankingQuery(pool, config);
  const stats = new CategoryTagStatsQuery(pool);
  const results: ClassResult[] = [];
  const loadBefore = loadavg()[0]!;
  try {
    const classes: Array<{ name: string; statement: RawStatement; top: () => Promise<string> }> = ADVICE_CLASSES.map((c) => {
      const profile = buildAdviceProfile(c.resume, c.alerts);
      const userId = randomUUID();
      return {
        name: c.name,
        statement: { ...ranking.statement(profile, userId, 20), search: true },
        top: async () => {
          const items = await ranking.rank(profile, userId, 20);
          return items[0] ? `${items[0].listing.title} — ${items[0].reasons.join('; ')}` : '(none)';
        },
      };
    });
    for (const category of ['engineering', 'data']) {
      classes.push({
        name: `skill gap counts: ${category} (uncached)`,
        statement: { ...stats.statement(category), search: true },
        top: async () => '',
      });
    }
    for (const c of classes) {
      await driveRaw(url, [c.statement], connections, Math.min(3, seconds)); // warm-up
      log(`${c.name} …`);
      const raw = await driveRaw(url, [c.statement], connections, seconds);
      results.push({ name: c.name, raw, ...(await explainOf(url, c.statement)), top: await c.top() });
    }
  } finally {
    await pool.onModuleDestroy();
    await dataSource.destroy();
  }
  report(results, { size, seconds, connections, load: [loadBefore, loadavg()[0]!] });
}

function report(results: ClassResult[], run: { size: number; seconds: number; connections: number; load: number[] }): void {
  const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);
  const table = markdownTable(
    ['class', 'q/s', 'p50 ms', 'p99 ms', 'EXPLAIN ms', 'errors'],
    results.map((r) => [r.name, r.raw.rps.toFixed(0), ms(r.raw.p50), ms(r.raw.p99), ms(r.explainMs), String(r.raw.failures)]),
  );
  process.stdout.write(`\n${table}\n`);
  const first = results[0]!;
  const body = [
    `## Advice — ${run.size.toLocaleString('en-US')} listings`,
    '',
    `Commit ${commitHash()}, ${new Date().toISOString()}. ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}.`,
    `The ranking statement of \`GET /v1/me/advice\` (libs/advice/src/ranking/advice-ranking.statement.ts) as the API runs it: on the`,
    `search pool (prepared, generic plan, read-only, no JIT), ${run.connections} connections back to back for ${run.seconds} s per class after a`,
    `3 s warm-up, each class one seeker profile (test/bench/advice/advice-classes.ts) with no applications. The skill gap's`,
    `per-category tag count is cached for a minute per category by the API; its rows here are the uncached statement.`,
    `1-minute load average ${run.load.map((l) => l.toFixed(1)).join(' → ')} during the run (other work shares the 2 cores).`,
    `\`EXPLAIN ms\` is the fastest of five EXPLAIN ANALYZE runs of the prepared statement. Command: \`BENCH_DURATION=${run.seconds} BENCH_CONNECTIONS=${run.connections} npm run bench -- advice\`.`,
    '',
    table,
    '',
    'Top item of each class (title — reasons):',
    '',
    ...results.filter((r) => r.top).map((r) => `- ${r.name}: ${r.top}`),
    '',
    `### EXPLAIN (ANALYZE, BUFFERS): ${first.name}`,
    '',
    '```',
    first.explain,
    '```',
    '',
    `### EXPLAIN (ANALYZE, BUFFERS): ${results[results.length - 2]!.name}`,
    '',
    '```',
    results[results.length - 2]!.explain,
    '```',
  ].join('\n');
  log(`wrote ${writeBenchmarkSection('advice', body)}`);
}
