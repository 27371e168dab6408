import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Company } from '../company/company.entity';
import { EmploymentType, ListingStatus, SalaryPeriod, Seniority } from './job-listing.types';

/*
 * Indexes written by hand in the migration (TypeORM cannot express them):
 * the search vector is maintained by a trigger (title A, tags B, company C, description D); it is indexed for
 * published rows (job_listings_search_idx) and, for the admins' search, for the others (job_listings_admin_search_idx).
 */
@Entity('job_listings')
@Index('job_listings_feed_idx', { synchronize: false })
@Index('job_listings_category_feed_idx', { synchronize: false })
@Index('job_listings_search_idx', { synchronize: false })
@Index('job_listings_tags_idx', { synchronize: false })
@Index('job_listings_expiry_idx', { synchronize: false })
@Index('job_listings_first_published_idx', { synchronize: false })
@Index('job_listings_admin_search_idx', { synchronize: false })
@Index('job_listings_admin_updated_idx', ['updatedAt', 'id'])
@Index('job_listings_admin_status_updated_idx', ['status', 'updatedAt', 'id'])
export class JobListing {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('job_listings_slug_key', { unique: true })
  @Column({ type: 'text' })
  slug: string;

  @Index('job_listings_company_id_idx')
  @Column({ type: 'uuid' })
  companyId: string;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'company_id', foreignKeyConstraintName: 'job_listings_company_id_fkey' })
  company?: Company;

  @Column({ type: 'text' })
  title: string;

  /** Markdown as written by the admin. */
  @Column({ type: 'text' })
  description: string;

  /** `description` rendered and sanitized; what clients display. */
  @Column({ type: 'text' })
  descriptionHtml: string;

  @Column({ type: 'text' })
  employmentType: EmploymentType;

  @Column({ type: 'text' })
  seniority: Seniority;

  @Column({ type: 'text' })
  category: string;

  @Column({ type: 'boolean', default: false })
  remote: boolean;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  regions: string[];

  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Column({ type: 'integer', nullable: true })
  salaryMin: number | null;

  @Column({ type: 'integer', nullable: true })
  salaryMax: number | null;

  @Column({ type: 'text', nullable: true })
  salaryCurrency: string | null;

  @Column({ type: 'text', nullable: true })
  salaryPeriod: SalaryPeriod | null;

  /** Annualised (hour × 2080, month × 12) in the listing's currency. */
  @Column({ type: 'integer', nullable: true })
  salaryAnnualMin: number | null;

  @Column({ type: 'integer', nullable: true })
  salaryAnnualMax: number | null;

  /** Annualised and converted to USD with the configured rate table; null when no rate is known. */
  @Column({ type: 'integer', nullable: true })
  salaryUsdAnnualMin: number | null;

  @Column({ type: 'integer', nullable: true })
  salaryUsdAnnualMax: number | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'text', nullable: true })
  applyUrl: string | null;

  @Column({ type: 'text', default: 'draft' })
  status: ListingStatus;

  @Column({ type: 'boolean', default: false })
  featured: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  firstPublishedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** Maintained by the job_listings_search_vector trigger; never written by the app. */
  @Column({ type: 'tsvector', select: false, insert: false, update: false })
  searchVector?: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
