import { EntityManager } from 'typeorm';
import { decodeCursor, isTimePositionOf, Page, toPage } from '@app/common';
import { exactTimeSql } from './admin-list.sql';

/** Adds a bound value and answers its placeholder (`$3`). */
export type AddParam = (value: unknown) => string;

export interface NewestFirstQuery {
  /** Names the list in its cursors: a cursor of another list is refused (400 naming `cursor`). */
  list: string;
  /** The selected columns, e.g. `l.id, l.title`. */
  select: string;
  /** `FROM … JOIN …` */
  from: string;
  /** The filters, each written with the placeholders `add` hands out. */
  where?: (add: AddParam) => string[];
  /** The keyset: a timestamptz column and the row's uuid id, newest first (an index on both serves the order). */
  time: string;
  id: string;
  limit: number;
  cursor?: string;
}

/**
 * One page of a newest-first list, SPEC §4 style: `limit + 1` rows read in one statement, the cursor the exact
 * position of the last row shown.
 */
export async function newestFirstPage<Row extends { id: string }, Item>(
  db: Pick<EntityManager, 'query'>,
  query: NewestFirstQuery,
  toItem: (row: Row) => Item,
): Promise<Page<Item>> {
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, isTimePositionOf(query.list));
  const values: unknown[] = [];
  const add: AddParam = (value) => `$${values.push(value)}`;
  const where = query.where?.(add) ?? [];
  if (after) where.push(`(${query.time}, ${query.id}) < (${add(after.at)}::timestamptz, ${add(after.id)}::uuid)`);
  const rows: Array<Row & { keyset_at: string }> = await db.query(
    `SELECT ${query.select}, ${exactTimeSql(query.time)} AS keyset_at ${query.from}
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY ${query.time} DESC, ${query.id} DESC LIMIT ${add(query.limit + 1)}`,
    values,
  );
  return toPage(rows, query.limit, toItem, (row) => ({ list: query.list, at: row.keyset_at, id: row.id }));
}
