import { DomainError, ErrorCode, FieldError } from '@app/common';
import { ANYWHERE, CATEGORY_PATTERN, EMPLOYMENT_TYPES, SENIORITIES } from '../listing/job-listing.types';
import { SEARCH_LIMITS, SearchCriteria } from './search-criteria';

const CURRENCY = /^[A-Z]{3}$/;
const KNOWN = new Set(['q', 'category', 'type', 'seniority', 'region', 'remote', 'salaryMin', 'currency', 'tags', 'postedSince']);

/** Canonical spelling of a region filter value ("anywhere" → "Anywhere"). */
export function normalizeRegion(region: string): string {
  const trimmed = region.trim();
  return trimmed.toLowerCase() === ANYWHERE.toLowerCase() ? ANYWHERE : trimmed;
}

export function normalizeTag(tag: string): string {
  return tag.trim().toLowerCase();
}

/**
 * Validates criteria given as JSON (e.g. an alert's `criteria`) and returns them normalised.
 * Throws a 400 DomainError naming every bad field as `<prefix>.<field>`.
 */
export function validateSearchCriteria(input: unknown, prefix = 'criteria'): SearchCriteria {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field: `${prefix}.${field}`, message });
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw DomainError.badInput(prefix, 'must be an object');
  }
  const raw = input as Record<string, unknown>;
  const out: SearchCriteria = {};
  for (const key of Object.keys(raw)) if (!KNOWN.has(key)) fail(key, 'is not a known criterion');
  const text = (key: string, max: number): string | undefined => {
    const value = raw[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
      fail(key, `must be a non-empty string of at most ${max} characters`);
      return undefined;
    }
    return value.trim();
  };
  out.q = text('q', SEARCH_LIMITS.qMaxLength);
  out.category = text('category', SEARCH_LIMITS.categoryMaxLength);
  if (out.category !== undefined && !CATEGORY_PATTERN.test(out.category)) fail('category', 'must be a lower-case slug');
  const type = text('type', 20);
  if (type !== undefined && !(EMPLOYMENT_TYPES as readonly string[]).includes(type))
    fail('type', `must be one of ${EMPLOYMENT_TYPES.join(', ')}`);
  else out.type = type as SearchCriteria['type'];
  const seniority = text('seniority', 20);
  if (seniority !== undefined && !(SENIORITIES as readonly string[]).includes(seniority))
    fail('seniority', `must be one of ${SENIORITIES.join(', ')}`);
  else out.seniority = seniority as SearchCriteria['seniority'];
  const region = text('region', SEARCH_LIMITS.regionMaxLength);
  if (region !== undefined) out.region = normalizeRegion(region);
  if (raw.remote !== undefined && raw.remote !== null) {
    if (typeof raw.remote !== 'boolean') fail('remote', 'must be a boolean');
    else out.remote = raw.remote;
  }
  if (raw.salaryMin !== undefined && raw.salaryMin !== null) {
    const value = raw.salaryMin;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > SEARCH_LIMITS.salaryMax) {
      fail('salaryMin', `must be an integer from 0 to ${SEARCH_LIMITS.salaryMax}`);
    } else out.salaryMin = value;
  }
  const currency = text('currency', 3);
  if (currency !== undefined && !CURRENCY.test(currency)) fail('currency', 'must be an ISO 4217 code such as USD');
  else out.currency = currency;
  if (raw.tags !== undefined && raw.tags !== null) {
    const tags = raw.tags;
    if (
      !Array.isArray(tags) ||
      tags.length > SEARCH_LIMITS.maxTags ||
      !tags.every((tag) => typeof tag === 'string' && tag.trim() !== '' && tag.length <= SEARCH_LIMITS.tagMaxLength)
    ) {
      fail('tags', `must be an array of at most ${SEARCH_LIMITS.maxTags} non-empty strings`);
    } else if (tags.length > 0) out.tags = [...new Set(tags.map((tag: string) => normalizeTag(tag)))];
  }
  if (raw.postedSince !== undefined && raw.postedSince !== null) {
    const date = typeof raw.postedSince === 'string' ? new Date(raw.postedSince) : undefined;
    if (!date || Number.isNaN(date.getTime())) fail('postedSince', 'must be an ISO 8601 date');
    else out.postedSince = date;
  }
  if (errors.length > 0) {
    throw new DomainError(ErrorCode.BadInput, errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
  }
  return Object.fromEntries(Object.entries(out).filter(([, value]) => value !== undefined)) as SearchCriteria;
}
