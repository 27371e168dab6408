import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, ErrorCode } from '@app/common';
import { isPdf } from './is-pdf.util';
import { RESUME_FILE_MAX_BYTES } from './resume-file-limits';
import { ResumeFileStorage } from './resume-file-storage';
import { ResumeFileView } from './resume-view';
import { ResumesRepository } from './resumes.repository';
import { toResumeFileView } from './to-resume-view.util';

/** The owner's CV (a PDF): upload, download, remove. Applications keep their own copy (ApplicationResumesService). */
@Injectable()
export class ResumeFilesService {
  constructor(
    private readonly resumes: ResumesRepository,
    private readonly storage: ResumeFileStorage,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Replaces the CV; the bytes decide whether it is a PDF, whatever the client called it. Needs a saved resume. */
  async upload(userId: string, bytes: Buffer): Promise<ResumeFileView> {
    if (bytes.length > RESUME_FILE_MAX_BYTES) throw new DomainError(ErrorCode.PayloadTooLarge, 'The PDF is larger than 2 MB');
    if (!isPdf(bytes)) throw DomainError.badInput('file', 'is not a PDF (it must start with %PDF- and end with %%EOF)');
    const stored = await this.dataSource.transaction(async (manager) => {
      const resume = await this.resumes.lockOfUser(userId, manager);
      if (!resume) throw DomainError.notFound('Resume');
      const file = await this.storage.store(manager, userId, bytes);
      await this.resumes.setFileOfUser(userId, file.id, manager);
      if (resume.fileId) await this.storage.remove(manager, resume.fileId);
      return file;
    });
    return toResumeFileView({
      file_id: stored.id,
      file_byte_size: stored.byteSize,
      file_sha256: stored.sha256,
      file_created_at: stored.createdAt,
    })!;
  }

  async download(userId: string): Promise<Buffer> {
    const resume = await this.resumes.findOfUser(userId);
    const bytes = resume?.file_id ? await this.storage.read(resume.file_id) : null;
    if (!bytes) throw DomainError.notFound('Resume file');
    return bytes;
  }

  /** Idempotent; copies attached to applications stay. */
  async remove(userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const resume = await this.resumes.lockOfUser(userId, manager);
      if (!resume?.fileId) return;
      await this.resumes.setFileOfUser(userId, null, manager);
      await this.storage.remove(manager, resume.fileId);
    });
  }
}
