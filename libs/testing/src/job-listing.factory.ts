import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Company, JobListing } from '@app/jobs';

const DAY_MS = 24 * 3600 * 1000;
let sequence = 0;

/**
 * Inserts a company and a listing straight through the entities: published now and open for 30 days
 * unless overridden (e.g. `{ status: 'draft' }`, `{ expiresAt: new Date(0) }`, `{ applyUrl: 'https://…' }`).
 */
export async function createJobListing(
  dataSource: DataSource,
  overrides: Partial<JobListing> & { companyName?: string } = {},
): Promise<JobListing> {
  sequence += 1;
  const { companyName = `Test Company ${sequence}`, ...fields } = overrides;
  const suffix = randomBytes(3).toString('hex');
  const company = await dataSource.getRepository(Company).save({ slug: `test-company-${sequence}-${suffix}`, name: companyName });
  const now = new Date();
  const repository = dataSource.getRepository(JobListing);
  const listing = repository.create({
    slug: `test-listing-${sequence}-${suffix}`,
    companyId: company.id,
    title: `Test Engineer ${sequence}`,
    description: 'A test listing.',
    descriptionHtml: '<p>A test listing.</p>',
    employmentType: 'full_time',
    seniority: 'mid',
    category: 'engineering',
    remote: true,
    regions: ['Anywhere'],
    location: null,
    tags: ['test'],
    applyUrl: null,
    status: 'published',
    featured: false,
    firstPublishedAt: now,
    publishedAt: now,
    expiresAt: new Date(now.getTime() + 30 * DAY_MS),
    closedAt: null,
    ...fields,
  });
  const saved = await repository.save(listing);
  saved.company = company;
  return saved;
}
