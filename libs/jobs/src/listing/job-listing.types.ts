export const EMPLOYMENT_TYPES = ['full_time', 'part_time', 'contract', 'internship', 'freelance'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const SENIORITIES = ['junior', 'mid', 'senior', 'lead', 'any'] as const;
export type Seniority = (typeof SENIORITIES)[number];

export const LISTING_STATUSES = ['draft', 'published', 'closed', 'expired'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const SALARY_PERIODS = ['year', 'month', 'hour'] as const;
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];

/** The region every region filter matches (as do listings with no regions at all). */
export const ANYWHERE = 'Anywhere';

export const CATEGORY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
