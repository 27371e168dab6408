import { EmploymentType, Seniority } from './job-listing.types';

/** The categories people browse by, with their names. Listings may use others; filters accept any slug. */
export const JOB_CATEGORIES: ReadonlyArray<{ slug: string; name: string }> = [
  { slug: 'engineering', name: 'Engineering' },
  { slug: 'devops', name: 'DevOps & infrastructure' },
  { slug: 'data', name: 'Data' },
  { slug: 'design', name: 'Design' },
  { slug: 'product', name: 'Product' },
  { slug: 'marketing', name: 'Marketing' },
  { slug: 'sales', name: 'Sales' },
  { slug: 'customer-support', name: 'Customer support' },
  { slug: 'operations', name: 'Operations' },
  { slug: 'finance', name: 'Finance' },
  { slug: 'hr', name: 'People & HR' },
  { slug: 'writing', name: 'Writing' },
];

/** Regions offered as suggestions; a listing open "Anywhere" matches every region. */
export const COMMON_REGIONS = ['Anywhere', 'USA', 'Canada', 'Europe', 'UK', 'Germany', 'LATAM', 'APAC'] as const;

export const EMPLOYMENT_TYPE_NAMES: Record<EmploymentType, string> = {
  full_time: 'Full-time',
  part_time: 'Part-time',
  contract: 'Contract',
  internship: 'Internship',
  freelance: 'Freelance',
};

export const SENIORITY_NAMES: Record<Seniority, string> = {
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  lead: 'Lead',
  any: 'Any level',
};

export function categoryName(slug: string): string {
  return JOB_CATEGORIES.find((category) => category.slug === slug)?.name ?? slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}
