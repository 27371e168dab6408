import { commaList, orNull, textOf } from './form-values';
import {
  EMPLOYMENT_TYPE_NAMES,
  EMPLOYMENT_TYPES,
  JOB_CATEGORIES,
  ListingDetail,
  SALARY_PERIODS,
  SENIORITIES,
  SENIORITY_NAMES,
} from '@app/jobs';
import { SelectOption } from '../views/components/form-fields';

/** The listing form as typed: every value a string, so a refused form comes back exactly as sent. */
export interface ListingFormValues {
  title: string;
  'company.name': string;
  'company.website': string;
  description: string;
  employmentType: string;
  seniority: string;
  category: string;
  remote: boolean;
  regions: string;
  location: string;
  salaryMin: string;
  salaryMax: string;
  salaryCurrency: string;
  salaryPeriod: string;
  tags: string;
  applyUrl: string;
  featured: boolean;
}

export const EMPTY_LISTING_FORM: ListingFormValues = {
  title: '',
  'company.name': '',
  'company.website': '',
  description: '',
  employmentType: 'full_time',
  seniority: 'mid',
  category: 'engineering',
  remote: false,
  regions: '',
  location: '',
  salaryMin: '',
  salaryMax: '',
  salaryCurrency: 'USD',
  salaryPeriod: 'year',
  tags: '',
  applyUrl: '',
  featured: false,
};

export function listingFormOf(body: Record<string, unknown>): ListingFormValues {
  const values = Object.fromEntries(Object.keys(EMPTY_LISTING_FORM).map((key) => [key, textOf(body[key])]));
  return {
    ...(values as unknown as ListingFormValues),
    remote: textOf(body.remote) === 'true',
    featured: textOf(body.featured) === 'true',
  };
}

export function listingFormFromDetail(listing: ListingDetail): ListingFormValues {
  const number = (value: number | null) => (value === null ? '' : String(value));
  return {
    title: listing.title,
    'company.name': listing.company.name,
    'company.website': listing.company.website ?? '',
    description: listing.description,
    employmentType: listing.employmentType,
    seniority: listing.seniority,
    category: listing.category,
    remote: listing.remote,
    regions: listing.regions.join(', '),
    location: listing.location ?? '',
    salaryMin: number(listing.salaryMin),
    salaryMax: number(listing.salaryMax),
    salaryCurrency: listing.salaryCurrency ?? '',
    salaryPeriod: listing.salaryPeriod ?? '',
    tags: listing.tags.join(', '),
    applyUrl: listing.applyUrl ?? '',
    featured: listing.featured,
  };
}

/** A whole number as a number; anything else is passed on as typed, for the DTO to refuse with its own message. */
const amount = (value: string): number | string | null => (value.trim() === '' ? null : /^\d+$/.test(value.trim()) ? Number(value) : value);

/** The body the JSON API takes (CreateJobDto), from the form. Empty optional fields are null. */
export function listingBodyOf(form: ListingFormValues): Record<string, unknown> {
  return {
    title: form.title,
    company: { name: form['company.name'], website: orNull(form['company.website']) },
    description: form.description,
    employmentType: form.employmentType,
    seniority: form.seniority,
    category: form.category,
    remote: form.remote,
    regions: commaList(form.regions),
    location: orNull(form.location),
    salaryMin: amount(form.salaryMin),
    salaryMax: amount(form.salaryMax),
    salaryCurrency: orNull(form.salaryCurrency)?.toUpperCase() ?? null,
    salaryPeriod: orNull(form.salaryPeriod),
    tags: commaList(form.tags),
    applyUrl: orNull(form.applyUrl),
    featured: form.featured,
  };
}

export interface ListingFormOptions {
  employmentTypes: SelectOption[];
  seniorities: SelectOption[];
  categories: SelectOption[];
  periods: SelectOption[];
}

export function listingFormOptions(values: ListingFormValues): ListingFormOptions {
  const categories = JOB_CATEGORIES.map((category) => ({ value: category.slug, label: category.name }));
  if (values.category && !categories.some((option) => option.value === values.category)) {
    categories.push({ value: values.category, label: values.category });
  }
  return {
    employmentTypes: EMPLOYMENT_TYPES.map((type) => ({ value: type, label: EMPLOYMENT_TYPE_NAMES[type] })),
    seniorities: SENIORITIES.map((level) => ({ value: level, label: SENIORITY_NAMES[level] ?? level })),
    categories,
    periods: [{ value: '', label: 'No salary given' }, ...SALARY_PERIODS.map((period) => ({ value: period, label: `Per ${period}` }))],
  };
}
