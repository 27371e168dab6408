import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlertsModule } from '@app/alerts';
import { CareerGuidesModule } from '@app/career-guides';
import { JobsModule } from '@app/jobs';
import { ResumesModule } from '@app/resumes';
import { AdviceService } from './advice.service';
import { CategoryTagStatsQuery } from './gap/category-tag-stats';
import { SkillGapService } from './gap/skill-gap.service';
import { ListingAdviceTerm } from './listing-advice-term.entity';
import { AdviceRankingQuery } from './ranking/advice-ranking.query';

/** Job advice (Plus): ranked listings for the resume and alerts, and the skill gap for a target role (api only). */
@Module({
  imports: [TypeOrmModule.forFeature([ListingAdviceTerm]), JobsModule, AlertsModule, CareerGuidesModule, ResumesModule],
  providers: [AdviceService, AdviceRankingQuery, SkillGapService, CategoryTagStatsQuery],
  exports: [AdviceService, AdviceRankingQuery, CategoryTagStatsQuery],
})
export class AdviceModule {}
