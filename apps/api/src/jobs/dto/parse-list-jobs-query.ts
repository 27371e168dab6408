import { arrayMaxSize, isIn, isInt, isString, matches, max, maxLength, min } from 'class-validator';
import { DEFAULT_PAGE_LIMIT, DomainError, ErrorCode, FieldError, MAX_PAGE_LIMIT } from '@app/common';
import { CATEGORY_PATTERN, EMPLOYMENT_TYPES, EmploymentType, SEARCH_LIMITS, SENIORITIES, Seniority } from '@app/jobs';
import { isIsoDate } from './is-iso-date.decorator';
import type { ListJobsQueryDto } from './job-filters.dto';

const CURRENCY = /^[A-Z]{3}$/;

/**
 * GET /v1/jobs's query, parsed by hand: the search is the hottest route, and class-transformer plus
 * class-validator cost it ~10% of its CPU. Same rules, conversions and failing fields as the
 * decorators of ListJobsQueryDto (which still document the route); parse-list-jobs-query.spec.ts
 * runs both over the same inputs. Each rule is class-validator's own function.
 */
export function parseListJobsQuery(raw: Record<string, unknown>, into: ListJobsQueryDto): ListJobsQueryDto {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });
  const query: Partial<ListJobsQueryDto> = {};
  const text = (key: keyof ListJobsQueryDto, limit: number | null, pattern?: RegExp, patternMessage?: string): string | undefined => {
    const value = raw[key];
    if (value === undefined || value === null) return undefined;
    if (!isString(value)) fail(key, 'must be a string');
    else if (limit !== null && !maxLength(value, limit)) fail(key, `must be at most ${limit} characters`);
    else if (pattern && !matches(value, pattern)) fail(key, patternMessage!);
    else return value;
    return undefined;
  };
  const integer = (key: keyof ListJobsQueryDto, from: number, to: number): number | undefined => {
    const value = raw[key];
    if (value === undefined || value === null) return undefined;
    const number = typeof value === 'string' ? Number(value) : value;
    if (isInt(number) && min(number, from) && max(number, to)) return number as number;
    fail(key, `must be an integer from ${from} to ${to}`);
    return undefined;
  };
  const oneOf = <T extends string>(key: keyof ListJobsQueryDto, allowed: readonly T[]): T | undefined => {
    const value = raw[key];
    if (value === undefined || value === null) return undefined;
    if (isIn(value, allowed)) return value as T;
    fail(key, `must be one of ${allowed.join(', ')}`);
    return undefined;
  };

  for (const key of Object.keys(raw)) if (!KNOWN.has(key) && !IGNORED.has(key)) fail(key, 'is not a known parameter');
  query.limit = integer('limit', 1, MAX_PAGE_LIMIT) ?? DEFAULT_PAGE_LIMIT;
  query.cursor = text('cursor', 512);
  query.q = text('q', SEARCH_LIMITS.qMaxLength);
  query.category = text('category', SEARCH_LIMITS.categoryMaxLength, CATEGORY_PATTERN, 'must be a lower-case slug');
  query.type = oneOf<EmploymentType>('type', EMPLOYMENT_TYPES);
  query.seniority = oneOf<Seniority>('seniority', SENIORITIES);
  query.region = text('region', SEARCH_LIMITS.regionMaxLength);
  if (raw.remote !== undefined && raw.remote !== null) {
    if (raw.remote === 'true' || raw.remote === true) query.remote = true;
    else if (raw.remote === 'false' || raw.remote === false) query.remote = false;
    else fail('remote', 'must be true or false');
  }
  query.salaryMin = integer('salaryMin', 0, SEARCH_LIMITS.salaryMax);
  query.currency = text('currency', null, CURRENCY, 'must be an ISO 4217 code such as USD');
  if (raw.tag !== undefined && raw.tag !== null) {
    const tags = (Array.isArray(raw.tag) ? raw.tag : [raw.tag])
      .flatMap((v: unknown) => (typeof v === 'string' ? v.split(',') : [v]))
      .filter((v) => v !== '');
    if (!arrayMaxSize(tags, SEARCH_LIMITS.maxTags) || !tags.every((tag) => isString(tag) && maxLength(tag, SEARCH_LIMITS.tagMaxLength))) {
      fail('tag', `must be at most ${SEARCH_LIMITS.maxTags} tags of at most ${SEARCH_LIMITS.tagMaxLength} characters`);
    } else query.tag = tags as string[];
  }
  if (raw.postedSince !== undefined && raw.postedSince !== null) {
    if (isIsoDate(raw.postedSince)) query.postedSince = raw.postedSince;
    else fail('postedSince', 'must be an ISO 8601 date');
  }

  if (errors.length > 0) {
    throw new DomainError(ErrorCode.BadInput, errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
  }
  for (const [key, value] of Object.entries(query)) if (value !== undefined) Object.assign(into, { [key]: value });
  return into;
}

/** Dropped without a word by class-transformer, as by the pipe that strips prototype keys. */
const IGNORED = new Set(['__proto__', 'constructor']);

const KNOWN = new Set<string>([
  'limit',
  'cursor',
  'q',
  'category',
  'type',
  'seniority',
  'region',
  'remote',
  'salaryMin',
  'currency',
  'tag',
  'postedSince',
]);
