import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { CareerGuideSkills, CareerGuideStats, CareerTier, CaseStudy, Faq, GuideSection } from '../career-guide.types';
import { GuideStatus } from './guide-status';

/*
 * Indexes written by hand in the migration (TypeORM cannot express them): the weighted search
 * vector (title A, summary B, skills/tech/tags C, the rest of the text D) is maintained by the
 * career_guides_search_vector trigger; the list indexes are partial on published rows.
 */
@Entity('career_guides')
@Check('career_guides_status_check', `"status" IN ('draft', 'published', 'archived')`)
@Index('career_guides_published_idx', { synchronize: false })
@Index('career_guides_category_published_idx', { synchronize: false })
@Index('career_guides_search_idx', { synchronize: false })
@Index('career_guides_admin_search_idx', { synchronize: false })
@Index('career_guides_admin_updated_idx', ['updatedAt', 'id'])
@Index('career_guides_admin_status_updated_idx', ['status', 'updatedAt', 'id'])
export class CareerGuide {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('career_guides_slug_key', { unique: true })
  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text', default: 'draft' })
  status: GuideStatus;

  @Column({ type: 'jsonb' })
  stats: CareerGuideStats;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  responsibilities: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  techStack: string[];

  @Column({ type: 'jsonb' })
  skills: CareerGuideSkills;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  careerTiers: CareerTier[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  sections: GuideSection[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  caseStudies: CaseStudy[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  faqs: Faq[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  pros: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  cons: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  commonMistakes: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  relatedRoles: string[];

  /** The job-listing category whose open listings the guide shows. */
  @Column({ type: 'text', nullable: true })
  jobCategory: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  sources: string[];

  /** Optimistic concurrency: every write bumps it; a write naming an older version is refused. */
  @VersionColumn({ type: 'integer' })
  version: number;

  /** When the guide was last published (kept after unpublishing). */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Maintained by the career_guides_search_vector trigger; never written by the app. */
  @Column({ type: 'tsvector', select: false, insert: false, update: false })
  searchVector?: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
