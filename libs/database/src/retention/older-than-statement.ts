/**
 * The usual retention statement: one batch (`$1` rows at most) of the rows whose `age` — a column or an expression
 * an index is built on — is more than `$2` days ago, oldest first, optionally only those matching `where`.
 */
export function deleteOlderThanStatement(table: string, age: string, where?: string): string {
  return `
    DELETE FROM ${table} WHERE ctid = ANY(ARRAY(
      SELECT ctid FROM ${table}
       WHERE ${where ? `${where} AND ` : ''}${age} < now() - make_interval(days => $2::int)
       ORDER BY ${age}
       LIMIT $1))`;
}
