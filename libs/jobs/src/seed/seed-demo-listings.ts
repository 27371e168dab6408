import { DataSource } from 'typeorm';
import { Company } from '../company/company.entity';
import { CompanyRepository } from '../company/company.repository';
import { applyListingInput } from '../listing/apply-listing-input.util';
import { JobListing } from '../listing/job-listing.entity';
import { slugify } from '../listing/slugify.util';
import { DEMO_LISTINGS, DemoListing } from './demo-listings';
import { CATEGORIES, COMMON_BLURBS, REQUIREMENTS } from './listing-vocabulary';

const DAY_MS = 24 * 3600 * 1000;

function describe(listing: DemoListing, index: number): string {
  const [, company, category, , , , , , , tags, summary] = listing;
  const blurbs = CATEGORIES.find((c) => c.category === category)?.blurbs ?? [];
  const requirements = [REQUIREMENTS[index % REQUIREMENTS.length]!, REQUIREMENTS[(index + 2) % REQUIREMENTS.length]!];
  return [
    '## About the role',
    summary,
    '## What you will do',
    blurbs.map((line) => `- ${line}`).join('\n'),
    '## What you bring',
    [...requirements, `Hands-on experience with ${tags.join(', ')}.`].map((line) => `- ${line}`).join('\n'),
    `## Why ${company}`,
    `${COMMON_BLURBS[index % COMMON_BLURBS.length]} ${COMMON_BLURBS[(index + 4) % COMMON_BLURBS.length]}`,
  ].join('\n\n');
}

/**
 * ~60 hand-written listings across categories, regions, seniorities and currencies. Idempotent: a demo
 * listing whose slug exists is left alone (an admin may have edited it). Most are open, two are drafts, one closed.
 */
export async function seedDemoListings(
  dataSource: DataSource,
  options: { usdRates: Record<string, number>; expiryDays: number; now?: Date },
): Promise<number> {
  const now = options.now ?? new Date();
  const companies = new CompanyRepository(dataSource.getRepository(Company));
  const repository = dataSource.getRepository(JobListing);
  let added = 0;
  for (const [index, demo] of DEMO_LISTINGS.entries()) {
    const [title, companyName, category, seniority, employmentType, remote, regions, location, salary, tags] = demo;
    const slug = `${slugify(title, 60)}-${slugify(companyName, 40)}`;
    if (await repository.existsBy({ slug })) continue;
    const company = await companies.upsertByName({ name: companyName, website: `https://${slugify(companyName)}.example.com` });
    const listing = Object.assign(new JobListing(), { slug, companyId: company.id, featured: index % 15 === 1, closedAt: null });
    applyListingInput(
      listing,
      {
        title,
        description: describe(demo, index),
        category,
        seniority,
        employmentType,
        remote,
        regions,
        location,
        tags,
        salaryMin: salary?.[0] ?? null,
        salaryMax: salary?.[1] ?? null,
        salaryCurrency: salary?.[2] ?? null,
        salaryPeriod: salary?.[3] ?? null,
        applyUrl: index % 3 === 0 ? null : `https://${slugify(companyName)}.example.com/careers/${slugify(title)}`,
      },
      options.usdRates,
    );
    const publishedAt = new Date(now.getTime() - (index % 20) * DAY_MS - index * 3600 * 1000);
    const status = index >= DEMO_LISTINGS.length - 2 ? 'draft' : index === DEMO_LISTINGS.length - 3 ? 'closed' : 'published';
    Object.assign(listing, {
      status,
      firstPublishedAt: status === 'draft' ? null : publishedAt,
      publishedAt: status === 'draft' ? null : publishedAt,
      expiresAt: status === 'draft' ? null : new Date(publishedAt.getTime() + options.expiryDays * DAY_MS),
      closedAt: status === 'closed' ? now : null,
    });
    await repository.save(listing);
    added += 1;
  }
  return added;
}
