import { Client } from 'pg';
import { searchPoolConfig } from '@app/jobs';
import { RawStatement } from './drive-raw';

/**
 * The plan the API's named statement runs with: the statement is prepared on a connection with the search settings
 * and executed six times (after five, Postgres may settle on a generic plan), then EXPLAIN (ANALYZE) EXECUTE; the
 * fastest of five, so a moment of contention does not pick the plan shown.
 */
export async function explainOf(url: string, statement: RawStatement): Promise<{ explainMs: number; explain: string }> {
  const client = new Client(statement.search ? searchPoolConfig(url) : { connectionString: url });
  await client.connect();
  let best = { explainMs: Infinity, explain: '' };
  try {
    await client.query(`PREPARE bench_statement AS ${statement.sql}`);
    const execute = `EXECUTE bench_statement${statement.params.length > 0 ? `(${statement.params.map((v) => literal(client, v)).join(', ')})` : ''}`;
    for (let warm = 0; warm < 6; warm += 1) await client.query(execute);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${execute}`);
      const text = rows.map((row) => row['QUERY PLAN']).join('\n');
      const ms = Number(/Execution Time: ([\d.]+) ms/.exec(text)?.[1] ?? NaN);
      if (ms < best.explainMs) best = { explainMs: ms, explain: text };
    }
  } finally {
    await client.end();
  }
  return best;
}

/** A parameter as an SQL literal for EXECUTE (EXECUTE takes no bind parameters). */
function literal(client: Client, value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return client.escapeLiteral(value.toISOString());
  if (Array.isArray(value))
    return client.escapeLiteral(`{${value.map((item) => `"${String(item).replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
  return client.escapeLiteral(String(value));
}
