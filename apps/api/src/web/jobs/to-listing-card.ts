import { ANYWHERE, EMPLOYMENT_TYPE_NAMES, ListingItem, SENIORITY_NAMES } from '@app/jobs';
import { ListingCardModel } from '../views/components/listing-card';
import { formatAge, formatSalary } from '../views/format';

/** Where a listing is: its location, else its regions ("Anywhere" when it names none). */
export function whereOf(listing: Pick<ListingItem, 'location' | 'regions'>): string {
  const regions = listing.regions.length > 0 ? listing.regions.join(', ') : ANYWHERE;
  return listing.location ? `${listing.location} · ${regions}` : regions;
}

export function toListingCard(item: ListingItem, now: Date): ListingCardModel {
  return {
    slug: item.slug,
    title: item.title,
    company: item.company.name,
    where: whereOf(item),
    remote: item.remote,
    type: EMPLOYMENT_TYPE_NAMES[item.employmentType] ?? item.employmentType,
    seniority: SENIORITY_NAMES[item.seniority] ?? item.seniority,
    salary: formatSalary(item.salaryMin, item.salaryMax, item.salaryCurrency, item.salaryPeriod),
    tags: item.tags,
    postedIso: item.publishedAt,
    posted: item.publishedAt ? formatAge(item.publishedAt, now) : null,
    featured: item.featured,
  };
}
