import { Pool, QueryConfig } from 'pg';
import { searchPoolConfig, SEARCH_POOL_SETTINGS } from '@app/jobs';
import { statementName } from '@app/database';
import { percentile } from '../bench-env';
import { Measurement } from './drive-api';

export interface RawStatement {
  sql: string;
  params: unknown[];
  /** Run as the API runs searches: on connections with the search settings, as a named (prepared) statement. */
  search?: boolean;
}

/** The raw ceiling: `connections` pg clients running the statements back to back for `seconds`. */
export async function driveRaw(url: string, statements: RawStatement[], connections: number, seconds: number): Promise<Measurement> {
  const search = statements.every((statement) => statement.search);
  const pool = new Pool(
    search ? searchPoolConfig(url, { ...SEARCH_POOL_SETTINGS, size: connections }) : { connectionString: url, max: connections },
  );
  const queries: QueryConfig[] = statements.map(({ sql, params }) =>
    search ? { name: statementName(sql), text: sql, values: params } : { text: sql, values: params },
  );
  const latencies: number[] = [];
  let failures = 0;
  const started = Date.now();
  const deadline = started + seconds * 1000;
  let turn = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = await pool.connect();
      try {
        while (Date.now() < deadline) {
          const query = queries[turn++ % queries.length]!;
          const t0 = process.hrtime.bigint();
          try {
            await client.query(query);
          } catch {
            failures += 1;
          }
          latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        }
      } finally {
        client.release();
      }
    }),
  );
  await pool.end();
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    requests: latencies.length,
    failures,
  };
}
