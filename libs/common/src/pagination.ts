import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError } from './domain-error';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const DEFAULT_PAGE_LIMIT = 20;
export const MAX_PAGE_LIMIT = 100;

/*
 * Cursors are opaque to clients: base64url(JSON) plus a short MAC, so a cursor the
 * server did not issue (or an edited one) is rejected as bad input rather than
 * producing a strange page. The key only guards integrity, not secrecy.
 */
const CURSOR_KEY = 'jobboard-cursor-v1';

function mac(body: string): string {
  return createHmac('sha256', CURSOR_KEY).update(body).digest('base64url').slice(0, 16);
}

export function encodeCursor(position: Record<string, unknown>): string {
  const body = Buffer.from(JSON.stringify(position)).toString('base64url');
  return `${body}.${mac(body)}`;
}

export function decodeCursor<T extends Record<string, unknown>>(cursor: string, isValid: (value: unknown) => value is T): T {
  const [body, signature, extra] = cursor.split('.');
  const expected = body ? mac(body) : '';
  if (
    !body ||
    !signature ||
    extra !== undefined ||
    signature.length !== expected.length ||
    !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
  ) {
    throw DomainError.badInput('cursor', 'is not a cursor issued by this server');
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (!isValid(value)) throw DomainError.badInput('cursor', 'is not a cursor issued by this server');
  return value;
}

/** Builds a page from `limit + 1` fetched rows: the extra row only signals that more exist. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  toItem: (row: Row) => Item,
  positionOf: (row: Row) => Record<string, unknown>,
): Page<Item> {
  const hasMore = rows.length > limit;
  const visible = hasMore ? rows.slice(0, limit) : rows;
  const last = visible[visible.length - 1];
  return { items: visible.map(toItem), nextCursor: hasMore && last !== undefined ? encodeCursor(positionOf(last)) : null };
}

/** Cursor position used by most lists: newest first, ties broken by id. */
export interface CreatedAtPosition extends Record<string, unknown> {
  createdAt: string;
  id: string;
}

export function isCreatedAtPosition(value: unknown): value is CreatedAtPosition {
  const v = value as CreatedAtPosition | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.id === 'string' &&
    typeof v.createdAt === 'string' &&
    !Number.isNaN(Date.parse(v.createdAt))
  );
}

/**
 * The position of a row in a newest-first list keyed by a timestamp: `at` is the exact (microsecond) time as
 * Postgres holds it, and `list` names the list, so a cursor of one list is refused by another.
 */
export interface TimePosition extends Record<string, unknown> {
  list: string;
  at: string;
  id: string;
}

export function isTimePositionOf(list: string): (value: unknown) => value is TimePosition {
  return (value: unknown): value is TimePosition => {
    const v = value as TimePosition | null;
    return (
      typeof v === 'object' &&
      v !== null &&
      v.list === list &&
      typeof v.id === 'string' &&
      /^[0-9a-f-]{36}$/i.test(v.id) &&
      typeof v.at === 'string' &&
      !Number.isNaN(Date.parse(v.at))
    );
  };
}
