import { DomainError, ErrorCode, FieldError } from '@app/common';
import { COMMON_REGIONS, EMPLOYMENT_TYPE_NAMES, EMPLOYMENT_TYPES, JOB_CATEGORIES, SENIORITIES, SENIORITY_NAMES } from '@app/jobs';
import { ListJobsQueryDto } from '../../jobs/dto/job-filters.dto';
import { JobFilterOptions, JobSearchValues } from '../views/components/job-filters';

const FILTER_KEYS = ['q', 'category', 'type', 'seniority', 'region', 'remote', 'salaryMin', 'currency', 'tag', 'postedSince'] as const;
const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF'];

function first(value: unknown): string {
  if (Array.isArray(value)) return first(value[0]);
  return typeof value === 'string' ? value : '';
}

/** The search as typed, for the form (a refused search comes back exactly as sent). */
export function searchValuesOf(raw: Record<string, unknown>): JobSearchValues {
  return {
    q: first(raw.q),
    category: first(raw.category),
    type: first(raw.type),
    seniority: first(raw.seniority),
    region: first(raw.region),
    remote: first(raw.remote) === 'true',
    salaryMin: first(raw.salaryMin),
    currency: first(raw.currency),
    tag: Array.isArray(raw.tag) ? raw.tag.filter((t) => typeof t === 'string').join(', ') : first(raw.tag),
    postedSince: first(raw.postedSince),
  };
}

function isEmpty(value: unknown): boolean {
  return value === '' || (Array.isArray(value) && value.every((v) => v === ''));
}

export function hasEmptyFields(raw: Record<string, unknown>): boolean {
  return Object.values(raw).some(isEmpty);
}

/**
 * The page's query parsed by the very parser of GET /v1/jobs (same rules, same messages). A GET form sends
 * its empty fields too; those mean "no filter" and are dropped first.
 */
export function parseSearch(raw: Record<string, unknown>): { query: ListJobsQueryDto | null; errors: FieldError[] } {
  const given = Object.fromEntries(Object.entries(raw).filter(([, value]) => !isEmpty(value)));
  try {
    return { query: ListJobsQueryDto.parseQuery(given), errors: [] };
  } catch (error) {
    if (error instanceof DomainError && error.code === ErrorCode.BadInput) return { query: null, errors: error.errors ?? [] };
    throw error;
  }
}

/** The page's own address for a search: only the filters set, in a stable order. */
export function searchHref(values: JobSearchValues, cursor?: string | null): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = values[key];
    if (key === 'remote') {
      if (value) params.set('remote', 'true');
    } else if (typeof value === 'string' && value.trim() !== '') params.set(key, value.trim());
  }
  if (cursor) params.set('cursor', cursor);
  const query = params.toString();
  return query ? `/jobs?${query}` : '/jobs';
}

export function feedHref(values: JobSearchValues): string {
  return searchHref(values).replace(/^\/jobs/, '/v1/jobs/feed.rss');
}

export function hasFilters(values: JobSearchValues): boolean {
  return searchHref(values) !== '/jobs';
}

const any = (label: string) => ({ value: '', label });

export function jobFilterOptions(values: Pick<JobSearchValues, 'category' | 'currency'>): JobFilterOptions {
  const categories = JOB_CATEGORIES.map((category) => ({ value: category.slug, label: category.name }));
  if (values.category && !categories.some((c) => c.value === values.category))
    categories.push({ value: values.category, label: values.category });
  const currencies = CURRENCIES.map((code) => ({ value: code, label: code }));
  if (values.currency && !CURRENCIES.includes(values.currency)) currencies.push({ value: values.currency, label: values.currency });
  return {
    categories: [any('Any category'), ...categories],
    types: [any('Any type'), ...EMPLOYMENT_TYPES.map((type) => ({ value: type, label: EMPLOYMENT_TYPE_NAMES[type] }))],
    seniorities: [any('Any level'), ...SENIORITIES.filter((s) => s !== 'any').map((s) => ({ value: s, label: SENIORITY_NAMES[s] }))],
    currencies: [any('US dollars (default)'), ...currencies.filter((c) => c.value !== 'USD')],
    regions: COMMON_REGIONS,
  };
}
