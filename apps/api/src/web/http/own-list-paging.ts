import { DomainError } from '@app/common';

/** How many of their own things (applications, saved jobs, alerts) a seeker sees per page. */
export const OWN_LIST_PAGE_SIZE = 20;

/** The `?cursor=` of a list page; the service decides whether it is one of ours (a foreign one is a 400). */
export function cursorOf(raw: Record<string, unknown>): string | undefined {
  const cursor = Array.isArray(raw.cursor) ? raw.cursor[0] : raw.cursor;
  if (cursor === undefined || cursor === '') return undefined;
  if (typeof cursor !== 'string' || cursor.length > 512) throw DomainError.badInput('cursor', 'is not a cursor issued by this server');
  return cursor;
}

/** "Next page" and "First page" of a cursor-paged list at `path`. */
export function pageLinks(
  path: string,
  cursor: string | undefined,
  nextCursor: string | null,
): { nextHref: string | null; firstHref: string | null } {
  return {
    nextHref: nextCursor ? `${path}?cursor=${encodeURIComponent(nextCursor)}` : null,
    firstHref: cursor ? path : null,
  };
}
