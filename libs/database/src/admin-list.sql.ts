/**
 * A timestamptz column as ISO 8601 UTC text with its microseconds: a keyset cursor built from it names the row's
 * exact time (a JS Date would round to milliseconds and skip rows that share one).
 */
export function exactTimeSql(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** `%text%` for LIKE, with the pattern characters of the text itself escaped (backslash is the default escape). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** Full-text search over every status: published rows and the others each through their own partial index. */
export function everyStatusSearchSql(alias: string, query: string): string {
  const match = `${alias}.search_vector @@ websearch_to_tsquery('english', ${query})`;
  return `((${alias}.status = 'published' AND ${match}) OR (${alias}.status <> 'published' AND ${match}))`;
}
