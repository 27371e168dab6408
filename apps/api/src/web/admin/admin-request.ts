import { ClassConstructor } from 'class-transformer';
import { FastifyRequest } from 'fastify';
import { AuditActor } from '@app/audit';
import { DomainError, ErrorCode } from '@app/common';
import { validateForm } from '../http/validate-form';
import { textOf } from './form-values';

/** The admin behind a page request, as the audit trail names them (the RolesGuard let only admins this far). */
export function adminViewer(request: FastifyRequest): AuditActor {
  if (!request.viewer) throw new DomainError(ErrorCode.Unauthenticated, 'Log in to continue');
  return { id: request.viewer.id };
}

export function isBadInput(error: unknown): error is DomainError {
  return error instanceof DomainError && error.code === ErrorCode.BadInput;
}

const first = (value: unknown): string => textOf(value).trim();

/** A checked list query: its filters as the form shows them, the parsed query, and the links to its other pages. */
export interface ListQuery<T, K extends string> {
  /** Every filter as typed and trimmed; an empty one is ''. */
  form: Record<K, string>;
  query: T;
  /** "Next page" and "First page" of this list at `path`, keeping its filters. */
  pageLinks(path: string, nextCursor: string | null): { nextHref: string | null; firstHref: string | null };
}

/** A list page's query, checked by the JSON list's own DTO. A bad filter is a 400 page naming it. */
export async function listQueryOf<T extends { cursor?: string }, K extends string>(
  type: ClassConstructor<T>,
  raw: Record<string, unknown>,
  keys: readonly K[],
): Promise<ListQuery<T, K>> {
  /** The filters given: empty ones dropped, as a GET form sends them. */
  const filter: Partial<Record<K, string>> = {};
  const form = {} as Record<K, string>;
  for (const key of keys) {
    form[key] = first(raw[key]);
    if (form[key] !== '') filter[key] = form[key];
  }
  const cursor = first(raw.cursor);
  const checked = await validateForm(type, { ...filter, ...(cursor ? { cursor } : {}) });
  if (!checked.ok)
    throw new DomainError(ErrorCode.BadInput, checked.errors.map((e) => `${e.field}: ${e.message}`).join('; '), checked.errors);
  const query = checked.value;
  return {
    form,
    query,
    pageLinks: (path, nextCursor) => ({
      nextHref: nextCursor ? listHref(path, filter, nextCursor) : null,
      firstHref: query.cursor ? listHref(path, filter) : null,
    }),
  };
}

/** The address of a list page with its filters (and cursor). */
function listHref(path: string, filter: Record<string, string | undefined>, cursor?: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  if (cursor) params.set('cursor', cursor);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
