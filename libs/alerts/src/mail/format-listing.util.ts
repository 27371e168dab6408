export interface DigestListing {
  id: string;
  slug: string;
  title: string;
  companyName: string;
  regions: string[];
  employmentType: string;
  remote: boolean;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  salaryPeriod: string | null;
}

const TYPES: Record<string, string> = {
  full_time: 'Full-time',
  part_time: 'Part-time',
  contract: 'Contract',
  internship: 'Internship',
  freelance: 'Freelance',
};

const amount = (value: number) => value.toLocaleString('en-US');

export function formatSalary(listing: DigestListing): string {
  const { salaryMin: min, salaryMax: max, salaryCurrency: currency, salaryPeriod: period } = listing;
  if (min === null && max === null) return 'Salary not stated';
  const range = min !== null && max !== null && min !== max ? `${amount(min)}–${amount(max)}` : amount((min ?? max)!);
  const prefix = min === null ? 'up to ' : max === null ? 'from ' : '';
  return `${prefix}${currency ?? ''} ${range}${period ? ` / ${period}` : ''}`.replace(/^ /, '').replace(/ {2}/g, ' ');
}

export function formatRegions(listing: DigestListing): string {
  return listing.regions.length > 0 ? listing.regions.join(', ') : 'Anywhere';
}

export function formatType(listing: DigestListing): string {
  const type = TYPES[listing.employmentType] ?? listing.employmentType;
  return listing.remote ? `${type}, remote` : type;
}
