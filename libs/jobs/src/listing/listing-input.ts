import { EmploymentType, SalaryPeriod, Seniority } from './job-listing.types';

export interface CompanyInput {
  name: string;
  website?: string | null;
  logoUrl?: string | null;
}

/** What an admin writes (create, import); every field of a patch is optional. */
export interface ListingInput {
  title: string;
  company: CompanyInput;
  description: string;
  employmentType: EmploymentType;
  seniority: Seniority;
  category: string;
  remote: boolean;
  regions?: string[];
  location?: string | null;
  salaryMin?: number | null;
  salaryMax?: number | null;
  salaryCurrency?: string | null;
  salaryPeriod?: SalaryPeriod | null;
  tags?: string[];
  applyUrl?: string | null;
  featured?: boolean;
  /** Publish right away instead of saving a draft. */
  publish?: boolean;
}

export type ListingPatch = Partial<Omit<ListingInput, 'publish'>>;
