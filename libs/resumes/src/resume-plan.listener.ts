import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { entitlementsForPlan, Plan } from '@app/accounts';
import { PlanChangeListener, PlanChangeListenerProvider } from '@app/billing';
import { AppConfig } from '@app/config';
import { lockResumePlan } from './lock-resume-plan.util';
import { ResumesRepository } from './resumes.repository';

/** Keeps `resumes.featured` equal to the owner's featuredResume entitlement, in the transaction of each subscription change. */
@PlanChangeListenerProvider()
@Injectable()
export class ResumePlanListener implements PlanChangeListener {
  constructor(
    private readonly resumes: ResumesRepository,
    private readonly config: AppConfig,
  ) {}

  async planSettled(manager: EntityManager, userId: string, plan: Plan): Promise<void> {
    await lockResumePlan(manager, userId);
    await this.resumes.setFeaturedOfUser(userId, entitlementsForPlan(plan, this.config.plans).featuredResume, manager);
  }
}
