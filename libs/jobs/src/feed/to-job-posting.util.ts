import { JobListing } from '../listing/job-listing.entity';
import { ANYWHERE, EmploymentType, SalaryPeriod } from '../listing/job-listing.types';

const EMPLOYMENT_TYPE: Record<EmploymentType, string> = {
  full_time: 'FULL_TIME',
  part_time: 'PART_TIME',
  contract: 'CONTRACTOR',
  freelance: 'CONTRACTOR',
  internship: 'INTERN',
};
const UNIT: Record<SalaryPeriod, string> = { year: 'YEAR', month: 'MONTH', hour: 'HOUR' };

/** schema.org JobPosting (as search engines read it) for an open listing. */
export function toJobPosting(listing: JobListing, url: string): Record<string, unknown> {
  const company = listing.company!;
  const regions = listing.regions.filter((region) => region !== ANYWHERE);
  const posting: Record<string, unknown> = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: listing.title,
    description: listing.descriptionHtml,
    identifier: { '@type': 'PropertyValue', name: company.name, value: listing.id },
    url,
    datePosted: listing.publishedAt?.toISOString(),
    validThrough: listing.expiresAt?.toISOString(),
    employmentType: EMPLOYMENT_TYPE[listing.employmentType],
    hiringOrganization: {
      '@type': 'Organization',
      name: company.name,
      ...(company.website ? { sameAs: company.website } : {}),
      ...(company.logoUrl ? { logo: company.logoUrl } : {}),
    },
  };
  if (listing.remote) {
    posting.jobLocationType = 'TELECOMMUTE';
    if (regions.length > 0) posting.applicantLocationRequirements = regions.map((name) => ({ '@type': 'AdministrativeArea', name }));
  }
  if (listing.location && !listing.remote) {
    posting.jobLocation = { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: listing.location } };
  }
  const min = listing.salaryMin ?? listing.salaryMax;
  const max = listing.salaryMax ?? listing.salaryMin;
  if (min !== null && max !== null && listing.salaryCurrency && listing.salaryPeriod) {
    posting.baseSalary = {
      '@type': 'MonetaryAmount',
      currency: listing.salaryCurrency,
      value: { '@type': 'QuantitativeValue', minValue: min, maxValue: max, unitText: UNIT[listing.salaryPeriod] },
    };
  }
  return posting;
}
