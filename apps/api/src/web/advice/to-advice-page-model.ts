import { AdviceView, SkillGap } from '@app/advice';
import { categoryName } from '@app/jobs';
import { toListingCard } from '../jobs/to-listing-card';
import { plural } from '../views/format';
import { SkillGapModel } from '../views/pages/advice-page';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** "Based on 3 skills, 4 words of your headline and titles, the region Europe and 1 alert." */
export function adviceBasis(basedOn: AdviceView['basedOn']): string {
  const parts = [
    ...(basedOn.skills.length > 0 ? [plural(basedOn.skills.length, 'skill')] : []),
    ...(basedOn.words.length > 0 ? [plural(basedOn.words.length, 'word') + ' of your headline, titles and alert keywords'] : []),
    ...(basedOn.regions.length > 0 ? [`${basedOn.regions.length === 1 ? 'the region' : 'the regions'} ${basedOn.regions.join(', ')}`] : []),
    ...(basedOn.activeAlerts > 0 ? [plural(basedOn.activeAlerts, 'active alert')] : []),
  ];
  if (parts.length === 0) return 'Nothing to go on yet.';
  const last = parts.pop()!;
  return `Based on ${parts.length > 0 ? `${parts.join(', ')} and ${last}` : last}.`;
}

export function toSkillGapModel(gap: SkillGap): SkillGapModel {
  const category = gap.category ? categoryName(gap.category) : null;
  return {
    heading: gap.guide ? `Skills to add for ${gap.guide.title}` : `Skills asked for in ${category}`,
    basis: category
      ? `Shares of the ${plural(gap.openListings, 'open listing')} in ${category} that ask for each skill.`
      : 'This guide names no job category, so no listings are counted.',
    guideHref: gap.guide ? `/careers/${gap.guide.slug}` : null,
    rows: gap.skills.map((entry) => ({
      skill: entry.skill,
      share: percent(entry.share),
      count: `${entry.listings} of ${gap.openListings}`,
      source: entry.source === 'guide' ? 'The guide' : 'Frequent in listings',
    })),
  };
}

export function toAdviceItems(advice: AdviceView, now: Date) {
  return advice.items.map((item) => ({ card: toListingCard(item.listing, now), reasons: item.reasons }));
}
