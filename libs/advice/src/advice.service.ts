import { Injectable } from '@nestjs/common';
import { EntitlementsService } from '@app/accounts';
import { AlertsService } from '@app/alerts';
import { DomainError, ErrorCode } from '@app/common';
import { ResumesService } from '@app/resumes';
import { buildAdviceProfile } from './build-advice-profile.util';
import { ADD_RESUME_MESSAGE, AdviceView } from './advice-view';
import { dominantCategory } from './dominant-category.util';
import { SkillGapService } from './gap/skill-gap.service';
import { AdviceRankingQuery } from './ranking/advice-ranking.query';

export const ADVICE_NEEDS_PLUS = 'Job advice comes with the Plus plan';

export interface AdviceQuery {
  limit: number;
  /** A published career guide's slug: the target role of the skill gap. */
  guide?: string;
}

/** Job advice (SPEC §15): open listings ranked for the user's resume and alerts, with reasons, and a skill gap. */
@Injectable()
export class AdviceService {
  constructor(
    private readonly entitlements: EntitlementsService,
    private readonly resumes: ResumesService,
    private readonly alerts: AlertsService,
    private readonly ranking: AdviceRankingQuery,
    private readonly skillGap: SkillGapService,
  ) {}

  /** Whether the user's plan includes advice (pages show the perk instead when it does not). */
  async allowed(userId: string): Promise<boolean> {
    return (await this.entitlements.forUser(userId)).jobAdvice;
  }

  async adviceFor(userId: string, query: AdviceQuery): Promise<AdviceView> {
    if (!(await this.allowed(userId))) throw new DomainError(ErrorCode.Forbidden, ADVICE_NEEDS_PLUS);
    const [resume, alerts] = await Promise.all([this.resumes.findForUser(userId), this.alerts.activeCriteriaOf(userId)]);
    const profile = buildAdviceProfile(resume, alerts);
    const items = await this.ranking.rank(profile, userId, query.limit);
    const skillGap = await this.skillGap.gapFor(
      { slug: query.guide, category: dominantCategory(items.map((item) => item.listing.category)) },
      profile.resumeSkills,
    );
    return {
      state: resume ? 'ready' : 'no_resume',
      message: resume ? null : ADD_RESUME_MESSAGE,
      basedOn: { skills: profile.skills, words: profile.words, regions: profile.regions, activeAlerts: profile.alerts },
      items,
      skillGap,
    };
  }
}
