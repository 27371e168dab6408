import { Pool } from 'pg';
import { percentile } from '../bench-env';
import { Measurement } from './drive-api';

export interface RawStatement {
  sql: string;
  params: unknown[];
  /** Sent before the statement (and COMMIT after), as the API does for searches. */
  begin?: string;
}

/** The raw ceiling: `connections` pg clients running the statements back to back for `seconds`. */
export async function driveRaw(url: string, statements: RawStatement[], connections: number, seconds: number): Promise<Measurement> {
  const pool = new Pool({ connectionString: url, max: connections });
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
          const statement = statements[turn++ % statements.length]!;
          const t0 = process.hrtime.bigint();
          try {
            if (statement.begin) await client.query(statement.begin);
            await client.query(statement.sql, statement.params);
            if (statement.begin) await client.query('COMMIT');
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
