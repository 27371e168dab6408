import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditActor, AuditTrail } from '@app/audit';
import { Clock, DomainError, ErrorCode } from '@app/common';
import { AppConfig } from '@app/config';
import { CompanyRepository } from '../company/company.repository';
import { applyListingInput, salaryErrors, throwIfErrors } from './apply-listing-input.util';
import { JobListing } from './job-listing.entity';
import { JobListingRepository } from './job-listing.repository';
import { auditListing, ListingAction, listingSnapshot } from './listing-audit';
import { ListingInput, ListingPatch } from './listing-input';
import { ListingDetail } from './listing-view';
import { presentListing } from './present-listing.util';
import { slugify } from './slugify.util';

const DAY_MS = 24 * 3600 * 1000;

/** What admins do to listings: write, publish, close, delete; each change with its audit entry, in one transaction. */
@Injectable()
export class JobListingsService {
  constructor(
    private readonly listings: JobListingRepository,
    private readonly companies: CompanyRepository,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  async get(id: string): Promise<ListingDetail> {
    const listing = await this.listings.findById(id);
    if (!listing) throw DomainError.notFound('Job listing');
    return this.present(listing);
  }

  async create(actor: AuditActor, input: ListingInput): Promise<ListingDetail> {
    throwIfErrors(salaryErrors(this.draft(input)));
    return this.present(await this.dataSource.transaction((manager) => this.createWith(actor, input, manager, 'create')));
  }

  /** Creates one listing inside the caller's transaction (input already validated), with its audit entry. */
  async createWith(actor: AuditActor, input: ListingInput, manager: EntityManager, action: ListingAction): Promise<JobListing> {
    const company = await this.companies.upsertByName(input.company, manager);
    const listing = this.draft(input);
    listing.companyId = company.id;
    listing.slug = `${slugify(input.title, 60) || 'job'}-${slugify(company.name, 40) || 'company'}-${randomBytes(3).toString('hex')}`;
    if (input.publish) this.markPublished(listing);
    const saved = await this.listings.save(listing, manager);
    await auditListing(this.audit, manager, actor, action, null, saved);
    return saved;
  }

  async update(actor: AuditActor, id: string, patch: ListingPatch): Promise<ListingDetail> {
    return this.change(actor, id, 'update', async (listing, manager) => {
      applyListingInput(listing, patch, this.config.jobs.usdRates);
      throwIfErrors(salaryErrors(listing));
      if (patch.company) listing.companyId = (await this.companies.upsertByName(patch.company, manager)).id;
    });
  }

  async remove(actor: AuditActor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const listing = await this.listings.findById(id, manager);
      if (!listing || !(await this.listings.delete(id, manager))) throw DomainError.notFound('Job listing');
      await this.audit.record(manager, {
        actor,
        action: 'listing.delete',
        entity: 'listing',
        entityId: id,
        changes: { title: { from: listing.title }, status: { from: listing.status } },
      });
    });
  }

  /** Publishes (or republishes): renews publishedAt and expiresAt; firstPublishedAt is set only once. */
  async publish(actor: AuditActor, id: string): Promise<ListingDetail> {
    return this.change(actor, id, 'publish', (listing) => this.markPublished(listing));
  }

  async close(actor: AuditActor, id: string): Promise<ListingDetail> {
    return this.change(actor, id, 'close', (listing) => {
      if (listing.status === 'draft') throw new DomainError(ErrorCode.BusinessRule, 'A draft cannot be closed; delete it instead');
      if (listing.status !== 'closed') {
        listing.status = 'closed';
        listing.closedAt = this.clock.now();
      }
    });
  }

  /** Loads the listing locked, applies `edit`, saves it and records what changed — all or nothing. */
  private async change(
    actor: AuditActor,
    id: string,
    action: ListingAction,
    edit: (listing: JobListing, manager: EntityManager) => void | Promise<void>,
  ): Promise<ListingDetail> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const listing = await this.listings.findById(id, manager, { lock: true });
      if (!listing) throw DomainError.notFound('Job listing');
      const before = listingSnapshot(listing);
      await edit(listing, manager);
      delete listing.company;
      const after = await this.listings.save(listing, manager);
      await auditListing(this.audit, manager, actor, action, before, after);
      return after;
    });
    return this.present(saved);
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

  private markPublished(listing: JobListing): void {
    const now = this.clock.now();
    listing.status = 'published';
    listing.firstPublishedAt ??= now;
    listing.publishedAt = now;
    listing.expiresAt = new Date(now.getTime() + this.config.jobs.defaultExpiryDays * DAY_MS);
    listing.closedAt = null;
  }
}
