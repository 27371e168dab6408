import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PersonalDataSource, PersonalDataSourceProvider } from '@app/common';
import { ResumeFileStorage } from './resume-file-storage';
import { ResumesRepository } from './resumes.repository';
import { toResumeView } from './to-resume-view.util';

/**
 * The resume (with its handle) and the metadata of every CV file the user holds — the current one and the copies
 * attached to applications — never the bytes. Erasure removes the resume and every file in the erase transaction.
 */
@PersonalDataSourceProvider()
@Injectable()
export class ResumesPersonalDataSource implements PersonalDataSource {
  readonly section = 'resume';

  constructor(
    private readonly resumes: ResumesRepository,
    private readonly storage: ResumeFileStorage,
  ) {}

  async exportFor(userId: string, manager: EntityManager): Promise<unknown> {
    const resume = await this.resumes.findOfUser(userId, manager);
    const files: Array<{ id: string; byte_size: number; sha256: string; created_at: Date; attached_to: string | null }> =
      await manager.query(
        `SELECT f.id, f.byte_size, f.sha256, f.created_at, a.application_id AS attached_to
         FROM resume_files f LEFT JOIN application_resumes a ON a.file_id = f.id
         WHERE f.user_id = $1 ORDER BY f.created_at`,
        [userId],
      );
    return {
      resume: resume ? toResumeView(resume, resume.handle !== null) : null,
      handle: resume?.handle ?? null,
      files: files.map((file) => ({
        id: file.id,
        contentType: 'application/pdf',
        byteSize: file.byte_size,
        sha256: file.sha256,
        uploadedAt: file.created_at.toISOString(),
        attachedToApplication: file.attached_to,
      })),
    };
  }

  async eraseFor(userId: string, manager: EntityManager): Promise<void> {
    await this.resumes.deleteOfUser(userId, manager);
    await this.storage.removeAllOfUser(manager, userId);
  }
}
