import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, DomainError, ErrorCode } from '@app/common';
import { AppConfig } from '@app/config';
import { CompanyRepository } from '../company/company.repository';
import { applyListingInput, salaryErrors, throwIfErrors } from './apply-listing-input.util';
import { JobListing } from './job-listing.entity';
import { JobListingRepository } from './job-listing.repository';
import { ListingInput, ListingPatch } from './listing-input';
import { ListingDetail } from './listing-view';
import { presentListing } from './present-listing.util';
import { slugify } from './slugify.util';

const DAY_MS = 24 * 3600 * 1000;

/** What admins do to listings: write, publish, close, delete. */
@Injectable()
export class JobListingsService {
  constructor(
    private readonly listings: JobListingRepository,
    private readonly companies: CompanyRepository,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async get(id: string): Promise<ListingDetail> {
    return this.present(await this.load(id));
  }

  async create(input: ListingInput): Promise<ListingDetail> {
    throwIfErrors(salaryErrors(this.draft(input)));
    return this.present(await this.dataSource.transaction((manager) => this.createWith(input, manager)));
  }

  /** Creates one listing inside the caller's transaction (input already validated). */
  async createWith(input: ListingInput, manager: EntityManager): Promise<JobListing> {
    const company = await this.companies.upsertByName(input.company, manager);
    const listing = this.draft(input);
    listing.companyId = company.id;
    listing.slug = `${slugify(input.title, 60) || 'job'}-${slugify(company.name, 40) || 'company'}-${randomBytes(3).toString('hex')}`;
    if (input.publish) this.markPublished(listing);
    return this.listings.save(listing, manager);
  }

  async update(id: string, patch: ListingPatch): Promise<ListingDetail> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const listing = await this.listings.findById(id, manager);
      if (!listing) throw DomainError.notFound('Job listing');
      applyListingInput(listing, patch, this.config.jobs.usdRates);
      throwIfErrors(salaryErrors(listing));
      if (patch.company) listing.companyId = (await this.companies.upsertByName(patch.company, manager)).id;
      delete listing.company;
      return this.listings.save(listing, manager);
    });
    return this.present(saved);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.listings.delete(id))) throw DomainError.notFound('Job listing');
  }

  /** Publishes (or republishes): renews publishedAt and expiresAt; firstPublishedAt is set only once. */
  async publish(id: string): Promise<ListingDetail> {
    const listing = await this.load(id);
    this.markPublished(listing);
    delete listing.company;
    return this.present(await this.listings.save(listing));
  }

  async close(id: string): Promise<ListingDetail> {
    const listing = await this.load(id);
    if (listing.status === 'draft') throw new DomainError(ErrorCode.BusinessRule, 'A draft cannot be closed; delete it instead');
    if (listing.status !== 'closed') {
      listing.status = 'closed';
      listing.closedAt = this.clock.now();
    }
    delete listing.company;
    return this.present(await this.listings.save(listing));
  }

  /** A new, unsaved draft with the input applied (used to validate import rows before writing). */
  draft(input: ListingInput): JobListing {
    const listing = new JobListing();
    listing.status = 'draft';
    listing.featured = false;
    listing.regions = [];
    listing.tags = [];
    listing.location = null;
    listing.applyUrl = null;
    listing.firstPublishedAt = null;
    listing.publishedAt = null;
    listing.expiresAt = null;
    listing.closedAt = null;
    applyListingInput(listing, input, this.config.jobs.usdRates);
    return listing;
  }

  present(listing: JobListing): ListingDetail {
    return presentListing(listing, this.clock.now(), this.config.http.appUrl);
  }

  private async load(id: string): Promise<JobListing> {
    const listing = await this.listings.findById(id);
    if (!listing) throw DomainError.notFound('Job listing');
    return listing;
  }

  private markPublished(listing: JobListing): void {
    const now = this.clock.now();
    listing.status = 'published';
    listing.firstPublishedAt ??= now;
    listing.publishedAt = now;
    listing.expiresAt = new Date(now.getTime() + this.config.jobs.defaultExpiryDays * DAY_MS);
    listing.closedAt = null;
  }
}
