/**
 * Rows of a raw statement with RETURNING. TypeORM's `query()` answers UPDATE and DELETE with
 * `[rows, rowCount]` but INSERT and SELECT with `rows`; this gives the rows either way.
 */
export async function rowsOf<T>(
  runner: { query(sql: string, params?: unknown[]): Promise<unknown> },
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const result = await runner.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
