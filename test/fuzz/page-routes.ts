import { FuzzOperation, FuzzParam, JsonSchema } from './fuzz-operation';

/** What a page's path or query parameter holds; the fuzzer sends valid-looking and hostile values of that kind. */
export type ParamKind = 'text' | 'slug' | 'uuid' | 'integer' | 'boolean' | 'cursor' | 'token' | 'date' | readonly string[];

/**
 * A page route of the website: `path` is a template (`/jobs/{slug}`), `params` names the kind of each
 * placeholder, `query` the query parameters the page reads. Pages answer HTML, always: the HTML error page
 * for errors, never a 5xx.
 */
export interface PageRoute {
  path: string;
  params?: Record<string, ParamKind>;
  query?: Record<string, ParamKind>;
  /** Whether the page needs a signed-in user (the fuzzer then mostly sends it as seeker or admin). */
  authenticated?: boolean;
}

const SEARCH = {
  q: 'text',
  category: 'slug',
  type: ['full_time', 'part_time', 'contract', 'internship', 'freelance'],
  seniority: ['junior', 'mid', 'senior', 'lead', 'any'],
  region: 'text',
  remote: 'boolean',
  salaryMin: 'integer',
  currency: 'text',
  tag: 'text',
  postedSince: 'date',
  cursor: 'cursor',
} as const satisfies Record<string, ParamKind>;

const PAGE = { cursor: 'cursor' } as const satisfies Record<string, ParamKind>;

/**
 * Every page of the website with the parameters it reads; a page added to apps/api/src/web belongs here.
 * (Swagger UI at /docs is HTML but not a page of ours: its errors are the API's problem+json.)
 */
export const PAGE_ROUTES: readonly PageRoute[] = [
  { path: '/', query: {} },
  { path: '/jobs', query: SEARCH },
  { path: '/jobs/{slug}', params: { slug: 'slug' } },
  { path: '/jobs/{slug}/apply', params: { slug: 'slug' }, authenticated: true },
  { path: '/signup', query: { next: 'text' } },
  { path: '/login', query: { next: 'text' } },
  { path: '/forgot-password' },
  { path: '/reset-password', query: { token: 'token' } },
  { path: '/alerts/unsubscribe', query: { token: 'token' } },
  { path: '/me', authenticated: true },
  { path: '/me/delete', authenticated: true },
  { path: '/me/applications', query: PAGE, authenticated: true },
  { path: '/me/bookmarks', query: PAGE, authenticated: true },
  { path: '/me/alerts', authenticated: true },
  { path: '/me/alerts/{id}/edit', params: { id: 'uuid' }, authenticated: true },
  { path: '/me/alerts/{id}/preview', params: { id: 'uuid' }, authenticated: true },
  { path: '/me/export', authenticated: true },
  { path: '/me/consultations', query: PAGE, authenticated: true },
  { path: '/me/consultations/{id}', params: { id: 'uuid' }, authenticated: true },
  { path: '/me/advice', query: { guide: 'slug' }, authenticated: true },
  { path: '/careers', query: { q: 'text', category: 'slug', cursor: 'cursor' } },
  { path: '/careers/{slug}', params: { slug: 'slug' } },
  { path: '/pricing' },
  { path: '/billing', query: { checkout: ['cancelled', 'started'] }, authenticated: true },
  { path: '/billing/success', query: { session_id: 'text' }, authenticated: true },
  { path: '/billing/portal', authenticated: true },
  { path: '/admin', authenticated: true },
  { path: '/admin/jobs', query: { q: 'text', status: ['draft', 'published', 'closed', 'expired'], cursor: 'cursor' }, authenticated: true },
  { path: '/admin/jobs/new', authenticated: true },
  { path: '/admin/jobs/import', authenticated: true },
  { path: '/admin/jobs/{id}', params: { id: 'uuid' }, authenticated: true },
  { path: '/admin/jobs/{id}/applications', params: { id: 'uuid' }, query: PAGE, authenticated: true },
  { path: '/admin/guides', query: { q: 'text', status: ['draft', 'published', 'archived'], cursor: 'cursor' }, authenticated: true },
  { path: '/admin/guides/import', authenticated: true },
  { path: '/admin/guides/{id}', params: { id: 'uuid' }, authenticated: true },
  { path: '/admin/users', query: { q: 'text', role: ['seeker', 'admin'], cursor: 'cursor' }, authenticated: true },
  { path: '/admin/alerts', query: PAGE, authenticated: true },
  { path: '/admin/alerts/runs/{id}', params: { id: 'uuid' }, authenticated: true },
  { path: '/admin/audit', query: { actor: 'uuid', entity: 'text', cursor: 'cursor' }, authenticated: true },
  { path: '/admin/consultations', query: { status: ['open', 'answered', 'closed'], cursor: 'cursor' }, authenticated: true },
  { path: '/admin/consultations/{id}', params: { id: 'uuid' }, authenticated: true },
  { path: '/me/resume', authenticated: true },
  { path: '/talent', query: { q: 'text', skill: 'text', region: 'text', cursor: 'cursor' } },
  { path: '/r/{ref}', params: { ref: 'text' } },
];

function schemaOf(kind: ParamKind): JsonSchema {
  if (Array.isArray(kind)) return { type: 'string', enum: [...kind] };
  switch (kind) {
    case 'slug':
      return { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80 };
    case 'uuid':
      return { type: 'string', format: 'uuid' };
    case 'integer':
      return { type: 'integer', minimum: 1, maximum: 100 };
    case 'boolean':
      return { type: 'boolean' };
    case 'date':
      return { type: 'string', format: 'date-time' };
    case 'cursor':
    case 'token':
      return { type: 'string', format: kind };
    case 'text':
    default:
      return { type: 'string', maxLength: 200 };
  }
}

/** A page route as the fuzzer's operation: a GET whose every answer must be HTML. */
export function pageOperation(route: PageRoute): FuzzOperation {
  const params: FuzzParam[] = [
    ...Object.entries(route.params ?? {}).map(([name, kind]) => ({ name, in: 'path' as const, required: true, schema: schemaOf(kind) })),
    ...Object.entries(route.query ?? {}).map(([name, kind]) => ({ name, in: 'query' as const, required: false, schema: schemaOf(kind) })),
  ];
  return { kind: 'page', method: 'GET', path: route.path, params, authenticated: route.authenticated ?? false };
}
