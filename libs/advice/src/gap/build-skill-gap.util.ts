import { CategoryTagStats } from './category-tag-stats';
import { NamedSkill } from './guide-skills.util';
import { MAX_GAP_ENTRIES, SkillGapEntry, TOP_CATEGORY_TAGS } from './skill-gap';

/**
 * The guide's skills and the category's most frequent tags that the resume lacks, each with the share of the
 * category's open listings tagged with it; most asked first, then by name.
 */
export function buildSkillGap(guideSkills: NamedSkill[], stats: CategoryTagStats, resumeSkills: string[]): SkillGapEntry[] {
  const has = new Set(resumeSkills);
  const counts = new Map(stats.tags.map((tag) => [tag.tag, tag.listings]));
  const share = (listings: number) => (stats.openListings > 0 ? listings / stats.openListings : 0);
  const entries = new Map<string, SkillGapEntry>();
  for (const skill of guideSkills) {
    if (has.has(skill.key) || entries.has(skill.key)) continue;
    const listings = counts.get(skill.key) ?? 0;
    entries.set(skill.key, { skill: skill.name, listings, share: share(listings), source: 'guide' });
  }
  for (const { tag, listings } of stats.tags.slice(0, TOP_CATEGORY_TAGS)) {
    if (has.has(tag) || entries.has(tag)) continue;
    entries.set(tag, { skill: tag, listings, share: share(listings), source: 'listings' });
  }
  return [...entries.values()].sort((a, b) => b.listings - a.listings || a.skill.localeCompare(b.skill, 'en')).slice(0, MAX_GAP_ENTRIES);
}
