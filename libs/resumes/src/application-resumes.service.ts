import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '@app/common';
import { ApplicationsService, ApplyInput, SubmittedApplicationView } from '@app/jobs';
import { ResumeFileStorage } from './resume-file-storage';
import { ATTACHED_RESUME_FROM, AttachedResumeRow, AttachedResumeView, toAttachedResumeView } from './attached-resume-rows';
import { ResumesRepository } from './resumes.repository';
import { ResumeSnapshot } from './resume-view';
import { toResumeContent } from './to-resume-view.util';

export type { AttachedResumeView } from './attached-resume-rows';

/** Applying with the resume, and what an admin reviewing applications sees of it. */
@Injectable()
export class ApplicationResumesService {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly resumes: ResumesRepository,
    private readonly storage: ResumeFileStorage,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** `POST /v1/jobs/:id/applications`: with `attachResume`, the resume as it is now goes with the application. */
  apply(userId: string, listingId: string, input: ApplyInput, attachResume: boolean): Promise<SubmittedApplicationView> {
    return this.applications.apply(userId, listingId, input, (applicationId, manager) =>
      this.replaceAttachment(userId, applicationId, attachResume, manager),
    );
  }

  /**
   * A resubmitted application carries what was sent this time: the earlier attachment goes (its PDF copy with it,
   * by the trigger application_resumes_file_cleanup). The resume is read under the owner's row lock, the one an upload
   * or removal of the PDF takes, so the snapshot never names a file a concurrent write is replacing.
   */
  private async replaceAttachment(userId: string, applicationId: string, attach: boolean, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM application_resumes WHERE application_id = $1`, [applicationId]);
    if (!attach) return;
    await this.resumes.lockOfUser(userId, manager);
    const resume = await this.resumes.findOfUser(userId, manager);
    if (!resume) {
      throw new DomainError(ErrorCode.BusinessRule, 'You have no resume to attach yet', [
        { field: 'attachResume', message: 'needs a saved resume (/me/resume)' },
      ]);
    }
    const snapshot: ResumeSnapshot = { resumeId: resume.id, ...toResumeContent(resume), takenAt: new Date().toISOString() };
    const fileId = resume.file_id ? await this.storage.copy(manager, resume.file_id) : null;
    await manager.query(`INSERT INTO application_resumes (application_id, snapshot, file_id) VALUES ($1, $2, $3)`, [
      applicationId,
      JSON.stringify(snapshot),
      fileId,
    ]);
  }

  /** The attachments of these applications, by application id (those without one are absent). */
  async forApplications(applicationIds: string[]): Promise<Map<string, AttachedResumeView>> {
    if (applicationIds.length === 0) return new Map();
    const rows: AttachedResumeRow[] = await this.dataSource.query(`${ATTACHED_RESUME_FROM} WHERE a.application_id = ANY($1::uuid[])`, [
      applicationIds,
    ]);
    return new Map(rows.map((row) => [row.application_id, toAttachedResumeView(row)]));
  }

  /** The PDF an application carries (admins, through the application). */
  async fileOfApplication(applicationId: string): Promise<Buffer> {
    const [row] = await this.dataSource.query(`SELECT file_id FROM application_resumes WHERE application_id = $1`, [applicationId]);
    const bytes = row?.file_id ? await this.storage.read(row.file_id) : null;
    if (!bytes) throw DomainError.notFound('Resume file');
    return bytes;
  }
}
