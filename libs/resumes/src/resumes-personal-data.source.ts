import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EntitlementsService } from '@app/accounts';
import { PersonalDataSource, PersonalDataSourceProvider } from '@app/common';
import { ResumeFileStorage } from './resume-file-storage';
import { ATTACHED_RESUME_FROM, AttachedResumeRow, toAttachedResumeView } from './attached-resume-rows';
import { ResumesRepository } from './resumes.repository';
import { toResumeView } from './to-resume-view.util';

/**
 * The resume (with its handle), the metadata of every CV file the user holds — the current one and the copies
 * attached to applications — never the bytes, and the resume as sent with each application (its snapshot).
 * Erasure removes the resume and every file in the erase transaction.
 */
@PersonalDataSourceProvider()
@Injectable()
export class ResumesPersonalDataSource implements PersonalDataSource {
  readonly section = 'resume';

  constructor(
    private readonly resumes: ResumesRepository,
    private readonly storage: ResumeFileStorage,
    private readonly entitlements: EntitlementsService,
  ) {}

  async exportFor(userId: string, manager: EntityManager): Promise<unknown> {
    const resume = await this.resumes.findOfUser(userId, manager);
    const { customResumeUrl } = await this.entitlements.forUser(userId);
    const files: Array<{ id: string; byte_size: number; sha256: string; created_at: Date; attached_to: string | null }> =
      await manager.query(
        `SELECT f.id, f.byte_size, f.sha256, f.created_at, a.application_id AS attached_to
         FROM resume_files f LEFT JOIN application_resumes a ON a.file_id = f.id
         WHERE f.user_id = $1 ORDER BY f.created_at`,
        [userId],
      );
    const sent: AttachedResumeRow[] = await manager.query(
      `${ATTACHED_RESUME_FROM} JOIN job_applications j ON j.id = a.application_id
       WHERE j.user_id = $1 ORDER BY a.created_at, a.application_id`,
      [userId],
    );
    return {
      resume: resume ? toResumeView(resume, customResumeUrl) : null,
      handle: resume?.handle ?? null,
      files: files.map((file) => ({
        id: file.id,
        contentType: 'application/pdf',
        byteSize: file.byte_size,
        sha256: file.sha256,
        uploadedAt: file.created_at.toISOString(),
        attachedToApplication: file.attached_to,
      })),
      sentWithApplications: sent.map((row) => ({ applicationId: row.application_id, ...toAttachedResumeView(row) })),
    };
  }

  async eraseFor(userId: string, manager: EntityManager): Promise<void> {
    await this.resumes.deleteOfUser(userId, manager);
    await this.storage.removeAllOfUser(manager, userId);
  }
}
