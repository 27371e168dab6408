import { DomainError, ErrorCode, FieldError } from '@app/common';
import { renderMarkdown } from '../markdown/render-markdown.util';
import { annualiseSalary, MAX_ANNUAL_SALARY, PERIODS_PER_YEAR } from '../salary/annualise-salary.util';
import { JobListing } from './job-listing.entity';
import { ANYWHERE } from './job-listing.types';
import { ListingPatch } from './listing-input';

/** Cross-field rules a DTO cannot express; `prefix` names the row in an import ("[3]."). */
export function salaryErrors(
  listing: Pick<JobListing, 'salaryMin' | 'salaryMax' | 'salaryCurrency' | 'salaryPeriod'>,
  prefix = '',
): FieldError[] {
  const errors: FieldError[] = [];
  const hasAmount = listing.salaryMin !== null || listing.salaryMax !== null;
  if (listing.salaryMin !== null && listing.salaryMax !== null && listing.salaryMax < listing.salaryMin) {
    errors.push({ field: `${prefix}salaryMax`, message: 'must not be less than salaryMin' });
  }
  if (hasAmount && !listing.salaryCurrency) errors.push({ field: `${prefix}salaryCurrency`, message: 'is required with a salary' });
  if (hasAmount && !listing.salaryPeriod) errors.push({ field: `${prefix}salaryPeriod`, message: 'is required with a salary' });
  const perYear = listing.salaryPeriod ? PERIODS_PER_YEAR[listing.salaryPeriod] : 1;
  for (const field of ['salaryMin', 'salaryMax'] as const) {
    const amount = listing[field];
    if (amount !== null && amount * perYear > MAX_ANNUAL_SALARY) {
      errors.push({ field: `${prefix}${field}`, message: `must not come to more than ${MAX_ANNUAL_SALARY} a year` });
    }
  }
  return errors;
}

export function throwIfErrors(errors: FieldError[]): void {
  if (errors.length > 0) throw new DomainError(ErrorCode.BadInput, errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
}

function cleanList(values: string[], normalise: (value: string) => string): string[] {
  return [...new Set(values.map(normalise).filter(Boolean))];
}

/** Copies the given fields onto the listing and derives the rendered HTML and the annual salaries. */
export function applyListingInput(listing: JobListing, input: ListingPatch, usdRates: Record<string, number>): void {
  if (input.title !== undefined) listing.title = input.title.trim();
  if (input.description !== undefined) {
    listing.description = input.description;
    listing.descriptionHtml = renderMarkdown(input.description);
  }
  if (input.employmentType !== undefined) listing.employmentType = input.employmentType;
  if (input.seniority !== undefined) listing.seniority = input.seniority;
  if (input.category !== undefined) listing.category = input.category;
  if (input.remote !== undefined) listing.remote = input.remote;
  if (input.regions !== undefined) {
    listing.regions = cleanList(input.regions, (r) => (r.trim().toLowerCase() === ANYWHERE.toLowerCase() ? ANYWHERE : r.trim()));
  }
  if (input.location !== undefined) listing.location = input.location?.trim() || null;
  if (input.salaryMin !== undefined) listing.salaryMin = input.salaryMin;
  if (input.salaryMax !== undefined) listing.salaryMax = input.salaryMax;
  if (input.salaryCurrency !== undefined) listing.salaryCurrency = input.salaryCurrency?.toUpperCase() ?? null;
  if (input.salaryPeriod !== undefined) listing.salaryPeriod = input.salaryPeriod;
  if (input.tags !== undefined) listing.tags = cleanList(input.tags, (t) => t.trim().toLowerCase());
  if (input.applyUrl !== undefined) listing.applyUrl = input.applyUrl;
  if (input.featured !== undefined) listing.featured = input.featured;
  listing.salaryMin ??= null;
  listing.salaryMax ??= null;
  listing.salaryCurrency ??= null;
  listing.salaryPeriod ??= null;
  Object.assign(listing, annualiseSalary(listing, usdRates));
}
