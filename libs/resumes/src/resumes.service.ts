import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EntitlementsService } from '@app/accounts';
import { DomainError, ErrorCode } from '@app/common';
import { isUniqueViolation } from '@app/database';
import { assertResumeDates } from './assert-resume-dates.util';
import { assertHandleAllowed } from './handle-rules';
import { lockResumePlan } from './lock-resume-plan.util';
import { normalizeResume } from './normalize-resume.util';
import { ResumeInput } from './resume-input';
import { ResumeView } from './resume-view';
import { ResumesRepository } from './resumes.repository';
import { toResumeView } from './to-resume-view.util';

export const HANDLE_UNIQUE = 'resumes_handle_key';

/** A seeker's own resume (SPEC §14), and what other libs read of it. */
@Injectable()
export class ResumesService {
  constructor(
    private readonly resumes: ResumesRepository,
    private readonly entitlements: EntitlementsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The user's resume, or null when they have none. A stable shape: other libs (advice) read it. */
  async findForUser(userId: string): Promise<ResumeView | null> {
    const row = await this.resumes.findOfUser(userId);
    if (!row) return null;
    const { customResumeUrl } = await this.entitlements.forUser(userId);
    return toResumeView(row, customResumeUrl);
  }

  async getOwn(userId: string): Promise<ResumeView> {
    const resume = await this.findForUser(userId);
    if (!resume) throw DomainError.notFound('Resume');
    return resume;
  }

  /**
   * Creates or replaces the resume (handle and CV are kept), `featured` as the plan is now; billing keeps it in step
   * afterwards (ResumePlanListener). Both take the owner's plan lock, and a save reads the plan only once it holds
   * it, so a subscription change committing meanwhile cannot be overwritten by a stale plan.
   */
  async save(userId: string, input: ResumeInput): Promise<ResumeView> {
    assertResumeDates(input);
    const resume = normalizeResume(input);
    await this.dataSource.transaction(async (manager) => {
      await lockResumePlan(manager, userId);
      const { featuredResume } = await this.entitlements.forUser(userId);
      await this.resumes.upsertOfUser(userId, resume, featuredResume, manager);
    });
    return this.getOwn(userId);
  }

  /** The custom URL (Plus). Decided by the unique index on lower(handle) when two claim one at once. */
  async claimHandle(userId: string, handle: string): Promise<ResumeView> {
    const { customResumeUrl } = await this.entitlements.forUser(userId);
    if (!customResumeUrl) throw new DomainError(ErrorCode.Forbidden, 'A custom resume URL needs the Plus plan');
    assertHandleAllowed(handle);
    try {
      if (!(await this.resumes.setHandleOfUser(userId, handle))) throw DomainError.notFound('Resume');
    } catch (error) {
      if (isUniqueViolation(error, HANDLE_UNIQUE)) {
        throw new DomainError(ErrorCode.Conflict, `The handle “${handle}” is taken`, [{ field: 'handle', message: 'is taken' }]);
      }
      throw error;
    }
    return this.getOwn(userId);
  }
}
