import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { User } from '@app/accounts';
import { JobListing } from '../listing/job-listing.entity';
import { ApplicationStatus } from './application-status';

/*
 * One application per (listing, seeker), guarded by the unique constraint so concurrent applies cannot
 * both succeed. Times have millisecond precision so a cursor taken from a JS Date matches the row exactly.
 */
@Entity('job_applications')
@Unique('job_applications_listing_user_key', ['listingId', 'userId'])
@Index('job_applications_user_created_idx', ['userId', 'createdAt', 'id'])
@Index('job_applications_created_idx', ['createdAt'])
@Index('job_applications_listing_created_idx', ['listingId', 'createdAt', 'id'])
export class JobApplication {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'job_applications_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  listingId: string;

  @ManyToOne(() => JobListing, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'listing_id', foreignKeyConstraintName: 'job_applications_listing_id_fkey' })
  listing?: JobListing;

  @Column({ type: 'uuid' })
  userId: string;

  // No cascade: erasing a user goes through the personal-data source, which deletes these rows first.
  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'job_applications_user_id_fkey' })
  user?: User;

  @Column({ type: 'text', default: 'submitted' })
  status: ApplicationStatus;

  @Column({ type: 'text', nullable: true })
  coverLetter: string | null;

  @Column({ type: 'text', nullable: true })
  resumeUrl: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  statusChangedAt: Date;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
