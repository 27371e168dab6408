import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { User } from '@app/accounts';
import { ResumeEducation, ResumeExperience, ResumeLink, ResumeVisibility } from './resume-fields';
import { ResumeFile } from './resume-file.entity';

/*
 * One resume per user. Written by hand in the migration (TypeORM cannot express them):
 * - resumes_handle_key: unique on lower(handle), so a handle is taken in any case;
 * - the resumes_search trigger keeps search_vector (headline A, skills B, summary C, location D with the 'simple'
 *   configuration) and skill_keys (the skills in lower case) in step with the row;
 * - the directory's partial indexes over public resumes: featured first, newest update first (resumes_directory_idx),
 *   full text (resumes_search_idx) and skills (resumes_skills_idx).
 * `featured` is the owner's featuredResume entitlement, written in the transaction of every subscription change
 * (ResumePlanListener) — see docs/resumes.md.
 */
@Entity('resumes')
@Check('resumes_visibility_check', `"visibility" IN ('private', 'public')`)
@Index('resumes_handle_key', { synchronize: false })
@Index('resumes_directory_idx', { synchronize: false })
@Index('resumes_search_idx', { synchronize: false })
@Index('resumes_skills_idx', { synchronize: false })
@Index('resumes_file_idx', ['fileId'])
export class Resume {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'resumes_pkey' })
  id: string;

  @Index('resumes_user_id_key', { unique: true })
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'resumes_user_id_fkey' })
  user?: User;

  @Column({ type: 'text' })
  headline: string;

  /** Markdown as written. */
  @Column({ type: 'text' })
  summary: string;

  /** `summary` through the listings' sanitizer (renderMarkdown of @app/jobs). */
  @Column({ type: 'text' })
  summaryHtml: string;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills: string[];

  /** Maintained by the resumes_search trigger; never written by the app. */
  @Column({ type: 'text', array: true, select: false, insert: false, update: false, default: () => "'{}'" })
  skillKeys?: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  experience: ResumeExperience[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  education: ResumeEducation[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  links: ResumeLink[];

  @Column({ type: 'text', default: 'private' })
  visibility: ResumeVisibility;

  /** The custom URL (`/r/:handle`), as the owner typed it; answers only while the owner is Plus. */
  @Column({ type: 'text', nullable: true })
  handle: string | null;

  @Column({ type: 'boolean', default: false })
  featured: boolean;

  @Column({ type: 'uuid', nullable: true })
  fileId: string | null;

  @ManyToOne(() => ResumeFile, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'resumes_file_id_fkey' })
  file?: ResumeFile;

  /** Maintained by the resumes_search trigger; never written by the app. */
  @Column({ type: 'tsvector', select: false, insert: false, update: false })
  searchVector?: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
