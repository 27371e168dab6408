import { Injectable } from '@nestjs/common';
import { CareerGuidesReaderService, GuideView } from '@app/career-guides';
import { buildSkillGap } from './build-skill-gap.util';
import { CategoryTagStatsQuery } from './category-tag-stats';
import { guideSkills } from './guide-skills.util';
import { SkillGap } from './skill-gap';

/** The skill gap for a target role: a published guide named by slug, or the newest published guide of a category. */
@Injectable()
export class SkillGapService {
  constructor(
    private readonly guides: CareerGuidesReaderService,
    private readonly stats: CategoryTagStatsQuery,
  ) {}

  /** `slug` given: that published guide (404 otherwise). Else the guide of `category`; none → the category's tags alone. */
  async gapFor(target: { slug?: string; category: string | null }, resumeSkills: string[]): Promise<SkillGap | null> {
    const guide = target.slug ? await this.guides.getBySlug(target.slug) : await this.guideOfCategory(target.category);
    const category = guide ? guide.jobCategory : target.category;
    if (!guide && !category) return null;
    const stats = category ? await this.stats.of(category) : { openListings: 0, tags: [] };
    const skills = guide ? guideSkills(guide.techStack, guide.skills.technical) : [];
    return {
      guide: guide ? { slug: guide.slug, title: guide.title } : null,
      category,
      openListings: stats.openListings,
      skills: buildSkillGap(skills, stats, resumeSkills),
    };
  }

  private async guideOfCategory(category: string | null): Promise<GuideView | null> {
    if (!category) return null;
    const [newest] = (await this.guides.list({ category, limit: 1 })).items;
    return newest ? this.guides.getBySlug(newest.slug) : null;
  }
}
