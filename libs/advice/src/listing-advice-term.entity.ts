import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { JobListing } from '@app/jobs';

export const ADVICE_TERM_SOURCES = ['tag', 'title', 'category'] as const;
export type AdviceTermSource = (typeof ADVICE_TERM_SOURCES)[number];

/*
 * A read model of the open listings for job advice, kept by the job_listings_advice_terms_* triggers (migration
 * AdviceTerms): never written by the app. Its two indexes carry INCLUDE columns, written by hand in the migration.
 */
@Entity('listing_advice_terms')
@Check('listing_advice_terms_source_check', `"source" IN ('tag', 'title', 'category')`)
@Index('listing_advice_terms_lookup_idx', { synchronize: false })
@Index('listing_advice_terms_category_idx', { synchronize: false })
export class ListingAdviceTerm {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'listing_advice_terms_pkey' })
  listingId: string;

  @ManyToOne(() => JobListing, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'listing_id', foreignKeyConstraintName: 'listing_advice_terms_listing_id_fkey' })
  listing?: JobListing;

  /** `tag` (its skill key: SQL skill_key, migration AdviceSkillAliases), `title` (an English lexeme of the title) or `category` (one row per listing). */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'listing_advice_terms_pkey' })
  source: AdviceTermSource;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'listing_advice_terms_pkey' })
  term: string;

  @Column({ type: 'text' })
  category: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
