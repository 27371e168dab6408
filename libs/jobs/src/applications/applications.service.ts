import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, decodeCursor, DomainError, isCreatedAtPosition, Page, toPage } from '@app/common';
import { isUniqueViolation } from '@app/database';
import { JobListing } from '../listing/job-listing.entity';
import { effectiveStatus } from '../listing/listing-view';
import { ApplyInput } from './application-input';
import { applicationPosition, ApplicationView, OwnApplicationState, SubmittedApplicationView, toApplicationView } from './application-view';
import { ApplicationsRepository } from './applications.repository';
import { checkStatusTransition } from './check-status-transition.util';

export const ONE_APPLICATION_PER_LISTING = 'job_applications_listing_user_key';

/** A seeker's side of applications: apply, follow their own, withdraw (SPEC §7). */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * Records the application (also for external listings, whose `applyUrl` the answer carries).
   * A second apply is a conflict, decided by the unique constraint when two arrive at once;
   * an application the seeker withdrew is submitted again. `alongside` runs in the same transaction once the
   * application is recorded (another module's part of it, e.g. the attached resume).
   */
  async apply(
    userId: string,
    listingId: string,
    input: ApplyInput,
    alongside?: (applicationId: string, manager: EntityManager) => Promise<void>,
  ): Promise<SubmittedApplicationView> {
    const content = { coverLetter: input.coverLetter ?? null, resumeUrl: input.resumeUrl ?? null };
    let id: string;
    try {
      id = await this.dataSource.transaction(async (manager) => {
        const now = this.clock.now();
        assertAcceptsApplications(await this.applications.lockListing(listingId, manager), now);
        const existing = await this.applications.lockOfUserForListing(userId, listingId, manager);
        if (existing && existing.status !== 'withdrawn') throw alreadyApplied();
        const applicationId = existing?.id ?? (await this.applications.insertForUser(userId, listingId, content, manager));
        if (existing) await this.applications.resubmit(existing.id, content, now, manager);
        if (alongside) await alongside(applicationId, manager);
        return applicationId;
      });
    } catch (error) {
      if (isUniqueViolation(error, ONE_APPLICATION_PER_LISTING)) throw alreadyApplied();
      throw error;
    }
    const view = await this.getOwn(userId, id);
    return { ...view, applyUrl: view.listing.applyUrl };
  }

  async getOwn(userId: string, id: string): Promise<ApplicationView> {
    const row = await this.applications.findOfUserWithListing(userId, id);
    if (!row) throw DomainError.notFound('Application');
    return toApplicationView(row, this.clock.now());
  }

  /** Whether (and how) the seeker applied to this listing: what a listing page tells them. */
  async ownForListing(userId: string, listingId: string): Promise<OwnApplicationState | null> {
    const application = await this.applications.findOfUserForListing(userId, listingId);
    if (!application) return null;
    return {
      id: application.id,
      status: application.status,
      createdAt: application.createdAt.toISOString(),
      statusChangedAt: application.statusChangedAt.toISOString(),
    };
  }

  async listOwn(userId: string, query: { limit: number; cursor?: string }): Promise<Page<ApplicationView>> {
    const after = query.cursor ? decodeCursor(query.cursor, isCreatedAtPosition) : undefined;
    const rows = await this.applications.listOfUserWithListing(userId, query.limit, after);
    const now = this.clock.now();
    return toPage(rows, query.limit, (row) => toApplicationView(row, now), applicationPosition);
  }

  /** Withdrawing keeps the application (status `withdrawn`) so the tracker keeps its history; repeating it is a no-op. */
  async withdraw(userId: string, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const application = await this.applications.lockOfUser(userId, id, manager);
      if (!application) throw DomainError.notFound('Application');
      if (checkStatusTransition(application.status, 'withdrawn', 'seeker')) {
        await this.applications.setStatus(id, 'withdrawn', this.clock.now(), manager);
      }
    });
  }
}

function alreadyApplied(): DomainError {
  return DomainError.conflict('You have already applied to this job');
}

/** Drafts and unknown listings do not exist for a seeker; closed and expired ones no longer take applications. */
function assertAcceptsApplications(listing: JobListing | null, now: Date): void {
  if (!listing || listing.status === 'draft') throw DomainError.notFound('Job listing');
  const status = effectiveStatus(listing.status, listing.expiresAt, now);
  if (status !== 'published') throw DomainError.conflict(`This job is ${status} and no longer takes applications`);
}
