import { EmploymentType, Seniority } from '../listing/job-listing.types';

/**
 * What a visitor searches for (GET /v1/jobs) and what an alert matches on. Every field narrows the result.
 * - `q`: websearch syntax over title > tags > company > description (words, "phrases", -exclusions, or).
 * - `region`: listings in that region, plus those open "Anywhere" (or with no region).
 * - `seniority`: that level, plus listings open to any level.
 * - `salaryMin`: the top of the listing's annualised range reaches it, in `currency` (default USD);
 *   other currencies are converted with the configured rate table, or excluded when a rate is missing.
 * - `tags`: listings carrying all of them.
 * - `postedSince`: published (or republished) at or after that instant.
 */
export interface SearchCriteria {
  q?: string;
  category?: string;
  type?: EmploymentType;
  seniority?: Seniority;
  region?: string;
  remote?: boolean;
  salaryMin?: number;
  currency?: string;
  tags?: string[];
  postedSince?: Date;
}

export const SEARCH_LIMITS = {
  qMaxLength: 200,
  categoryMaxLength: 60,
  regionMaxLength: 60,
  tagMaxLength: 40,
  maxTags: 10,
  salaryMax: 100_000_000,
} as const;

export const DEFAULT_SALARY_CURRENCY = 'USD';
