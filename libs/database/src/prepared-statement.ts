import { createHash } from 'node:crypto';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';

const names = new Map<string, string>();
/** Statement texts are a bounded set (each stays prepared on its connections); this only guards a mistake. */
const MAX_REMEMBERED_NAMES = 5000;

/** The name a statement is prepared under: derived from its text, so one text is one statement on every connection. */
export function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `s_${createHash('sha1').update(text).digest('base64url')}`;
    if (names.size >= MAX_REMEMBERED_NAMES) names.clear();
    names.set(text, name);
  }
  return name;
}

/**
 * Runs a statement of fixed text as a named (prepared) statement on the data source's own pool: parsed once per
 * connection, and planned once when Postgres settles on a generic plan. For statements run once per item of a large
 * batch (one per mail, say), where planning costs as much as executing. Not inside a transaction (it takes a pooled
 * connection of its own), and only for a bounded set of texts: each stays prepared on every connection that ran it.
 */
export async function queryPrepared<T>(dataSource: DataSource, text: string, values: unknown[]): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const result = await pool.query({ name: statementName(text), text, values });
  return result.rows as T[];
}
