import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { CreatedAtPosition } from '@app/common';
import { JobListing } from '../listing/job-listing.entity';
import { LISTING_ROW_COLUMNS } from '../search/listing-row';
import { ApplicationStatus } from './application-status';
import { ApplicationApplicantRow, ApplicationListingRow } from './application-view';
import { JobApplication } from './job-application.entity';

export type ApplicationContent = Pick<JobApplication, 'coverLetter' | 'resumeUrl'>;

const APPLICATION_COLUMNS = `a.id AS a_id, a.listing_id AS a_listing_id, a.user_id AS a_user_id, a.status AS a_status,
  a.cover_letter AS a_cover_letter, a.resume_url AS a_resume_url, a.status_changed_at AS a_status_changed_at,
  a.created_at AS a_created_at, a.updated_at AS a_updated_at`;

const WITH_LISTING = `SELECT ${APPLICATION_COLUMNS}, ${LISTING_ROW_COLUMNS}
  FROM job_applications a JOIN job_listings l ON l.id = a.listing_id JOIN companies c ON c.id = l.company_id`;

const WITH_APPLICANT = `SELECT ${APPLICATION_COLUMNS}, u.name AS applicant_name, u.email AS applicant_email
  FROM job_applications a JOIN users u ON u.id = a.user_id`;

/** Applications by intent; wherever a seeker acts on their own, the owner's id comes first. */
@Injectable()
export class ApplicationsRepository {
  constructor(@InjectRepository(JobApplication) private readonly applications: Repository<JobApplication>) {}

  /** The listing being applied to, share-locked so it cannot close between the check and the insert. */
  lockListing(listingId: string, manager: EntityManager): Promise<JobListing | null> {
    return manager.findOne(JobListing, { where: { id: listingId }, lock: { mode: 'pessimistic_read' } });
  }

  async insertForUser(userId: string, listingId: string, content: ApplicationContent, manager: EntityManager): Promise<string> {
    const repository = manager.getRepository(JobApplication);
    const saved = await repository.save(repository.create({ ...content, userId, listingId, status: 'submitted' }));
    return saved.id;
  }

  /** The seeker's application to this listing, locked: a re-apply after a withdrawal reopens it. */
  lockOfUserForListing(userId: string, listingId: string, manager: EntityManager): Promise<JobApplication | null> {
    return manager.findOne(JobApplication, { where: { userId, listingId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The seeker's application to this listing, if any (one indexed lookup on the unique key). */
  findOfUserForListing(userId: string, listingId: string): Promise<JobApplication | null> {
    return this.applications.findOneBy({ userId, listingId });
  }

  async resubmit(id: string, content: ApplicationContent, at: Date, manager: EntityManager): Promise<void> {
    await manager.update(JobApplication, { id }, { ...content, status: 'submitted', statusChangedAt: at });
  }

  async findOfUserWithListing(userId: string, id: string): Promise<ApplicationListingRow | null> {
    const rows: ApplicationListingRow[] = await this.applications.query(`${WITH_LISTING} WHERE a.user_id = $1 AND a.id = $2`, [userId, id]);
    return rows[0] ?? null;
  }

  /** Newest first; `limit + 1` rows so the caller can tell whether another page exists. */
  listOfUserWithListing(userId: string, limit: number, after?: CreatedAtPosition): Promise<ApplicationListingRow[]> {
    const params: unknown[] = [userId, limit + 1];
    const keyset = after ? `AND (a.created_at, a.id) < ($3, $4)` : '';
    if (after) params.push(after.createdAt, after.id);
    return this.applications.query(`${WITH_LISTING} WHERE a.user_id = $1 ${keyset} ORDER BY a.created_at DESC, a.id DESC LIMIT $2`, params);
  }

  lockOfUser(userId: string, id: string, manager: EntityManager): Promise<JobApplication | null> {
    return manager.findOne(JobApplication, { where: { userId, id }, lock: { mode: 'pessimistic_write' } });
  }

  /** For admins, who act on any application. */
  lockById(id: string, manager: EntityManager): Promise<JobApplication | null> {
    return manager.findOne(JobApplication, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async setStatus(id: string, status: ApplicationStatus, at: Date, manager: EntityManager): Promise<void> {
    await manager.update(JobApplication, { id }, { status, statusChangedAt: at });
  }

  async findWithApplicant(id: string, manager?: EntityManager): Promise<ApplicationApplicantRow | null> {
    const rows: ApplicationApplicantRow[] = await (manager ?? this.applications.manager).query(`${WITH_APPLICANT} WHERE a.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** A listing's applications, newest first, `limit + 1` rows. */
  listForListing(listingId: string, limit: number, after?: CreatedAtPosition): Promise<ApplicationApplicantRow[]> {
    const params: unknown[] = [listingId, limit + 1];
    const keyset = after ? `AND (a.created_at, a.id) < ($3, $4)` : '';
    if (after) params.push(after.createdAt, after.id);
    return this.applications.query(
      `${WITH_APPLICANT} WHERE a.listing_id = $1 ${keyset} ORDER BY a.created_at DESC, a.id DESC LIMIT $2`,
      params,
    );
  }

  async listingExists(listingId: string): Promise<boolean> {
    return (await this.applications.manager.countBy(JobListing, { id: listingId })) > 0;
  }

  findListingWithCompany(listingId: string, manager: EntityManager): Promise<JobListing | null> {
    return manager.findOne(JobListing, { where: { id: listingId }, relations: { company: true } });
  }

  /** Closes the listing (a hire fills it) unless it is already closed. */
  async closeListing(listingId: string, now: Date, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(JobListing)
      .set({ status: 'closed', closedAt: now })
      .where('id = :listingId AND status <> :closed', { listingId, closed: 'closed' })
      .execute();
  }

  listAllOfUser(userId: string, manager: EntityManager): Promise<ApplicationListingRow[]> {
    return manager.query(`${WITH_LISTING} WHERE a.user_id = $1 ORDER BY a.created_at, a.id`, [userId]);
  }

  async deleteAllOfUser(userId: string, manager: EntityManager): Promise<void> {
    await manager.delete(JobApplication, { userId });
  }
}
