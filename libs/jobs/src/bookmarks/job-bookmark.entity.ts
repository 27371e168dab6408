import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '@app/accounts';
import { JobListing } from '../listing/job-listing.entity';

/** A seeker's saved listing; the primary key makes saving twice a no-op. */
@Entity('job_bookmarks')
@Index('job_bookmarks_user_created_idx', ['userId', 'createdAt', 'listingId'])
@Index('job_bookmarks_listing_idx', ['listingId'])
export class JobBookmark {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'job_bookmarks_pkey' })
  userId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'job_bookmarks_pkey' })
  listingId: string;

  // No cascade: erasing a user goes through the personal-data source, which deletes these rows first.
  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'job_bookmarks_user_id_fkey' })
  user?: User;

  @ManyToOne(() => JobListing, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'listing_id', foreignKeyConstraintName: 'job_bookmarks_listing_id_fkey' })
  listing?: JobListing;

  /** Millisecond precision so a cursor taken from a JS Date matches the row exactly. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
