import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { JobApplication } from '@app/jobs';
import { ResumeSnapshot } from './resume-view';
import { ResumeFile } from './resume-file.entity';

/**
 * The resume as it was when the seeker applied with it: a JSON snapshot and a copy of the PDF row, so later edits
 * (or removing the PDF) do not change what the employer saw. Goes with the application.
 */
@Entity('application_resumes')
@Index('application_resumes_file_idx', ['fileId'])
export class ApplicationResume {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'application_resumes_pkey' })
  applicationId: string;

  @OneToOne(() => JobApplication, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'application_resumes_application_id_fkey' })
  application?: JobApplication;

  @Column({ type: 'jsonb' })
  snapshot: ResumeSnapshot;

  @Column({ type: 'uuid', nullable: true })
  fileId: string | null;

  @ManyToOne(() => ResumeFile, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'application_resumes_file_id_fkey' })
  file?: ResumeFile;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
