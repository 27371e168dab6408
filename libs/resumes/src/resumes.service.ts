import { Injectable } from '@nestjs/common';
import { EntitlementsService } from '@app/accounts';
import { ResumeView } from './resume-view';
import { ResumesRepository } from './resumes.repository';
import { toResumeView } from './to-resume-view.util';

/** A seeker's own resume (SPEC §14), and what other libs read of it. */
@Injectable()
export class ResumesService {
  constructor(
    private readonly resumes: ResumesRepository,
    private readonly entitlements: EntitlementsService,
  ) {}

  /** The user's resume, or null when they have none. A stable shape: other libs (advice) read it. */
  async findForUser(userId: string): Promise<ResumeView | null> {
    const row = await this.resumes.findOfUser(userId);
    if (!row) return null;
    const { customResumeUrl } = await this.entitlements.forUser(userId);
    return toResumeView(row, customResumeUrl);
  }
}
