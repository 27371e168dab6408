import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { JobListing } from './job-listing.entity';
import { LISTING_WITH_COMPANY_COLUMNS, listingFromRow } from './listing-from-row.util';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class JobListingRepository {
  constructor(@InjectRepository(JobListing) private readonly listings: Repository<JobListing>) {}

  get manager(): EntityManager {
    return this.listings.manager;
  }

  /** With `lock`, the row is locked for update until the caller's transaction ends (its company is not). */
  async findById(id: string, manager?: EntityManager, options: { lock?: boolean } = {}): Promise<JobListing | null> {
    if (!UUID.test(id)) return null;
    const db = manager ?? this.manager;
    if (options.lock) await db.query(`SELECT 1 FROM job_listings WHERE id = $1 FOR UPDATE`, [id]);
    return db.findOne(JobListing, { where: { id }, relations: { company: true } });
  }

  /** One raw round trip: this backs the public detail route, the busiest read after search. */
  async findByIdOrSlug(idOrSlug: string): Promise<JobListing | null> {
    const column = UUID.test(idOrSlug) ? 'l.id' : 'l.slug';
    const rows = await this.manager.query(
      `SELECT ${LISTING_WITH_COMPANY_COLUMNS} FROM job_listings l JOIN companies c ON c.id = l.company_id WHERE ${column} = $1`,
      [column === 'l.id' ? idOrSlug.toLowerCase() : idOrSlug],
    );
    return rows.length > 0 ? listingFromRow(rows[0]) : null;
  }

  async save(listing: JobListing, manager?: EntityManager): Promise<JobListing> {
    const saved = await (manager ?? this.manager).save(JobListing, listing);
    return (await this.findById(saved.id, manager))!;
  }

  async delete(id: string, manager?: EntityManager): Promise<boolean> {
    if (!UUID.test(id)) return false;
    const result = await (manager ?? this.manager).delete(JobListing, { id });
    return (result.affected ?? 0) > 0;
  }

  /** Marks published listings whose expiry has passed as expired; returns how many changed. */
  async expireDue(now: Date, batchSize: number): Promise<number> {
    const result: [unknown[], number] = await this.manager.query(
      `UPDATE job_listings SET status = 'expired', updated_at = now()
       WHERE id IN (
         SELECT id FROM job_listings WHERE status = 'published' AND expires_at <= $1
         ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED
       )`,
      [now.toISOString(), batchSize],
    );
    return result[1];
  }
}
