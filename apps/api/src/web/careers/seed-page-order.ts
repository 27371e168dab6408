/**
 * Where each part of a guide stands on the seed page (fixtures/career-guides/backend-developer.txt): Markdown
 * sections by their key, and the structured parts (responsibilities, tech stack, skills, tiers…) between them.
 */
const SEED_PAGE_ORDER = [
  'core-functions',
  'responsibilities',
  'work-setting',
  'tech-stack',
  'skills',
  'path',
  'required-education',
  'career-tiers',
  'global-outlook',
  'job-market',
  'role-challenges',
  'growth-paths',
  'industry-trends',
  'day-in-the-life',
  'work-life-balance',
  'skill-map',
  'pros-and-cons',
  'common-mistakes',
  'contextual-advice',
  'case-studies',
  'portfolio-tips',
  'related-roles',
] as const;

export type GuidePartKey = (typeof SEED_PAGE_ORDER)[number];

const RANK = new Map<string, number>(SEED_PAGE_ORDER.map((key, index) => [key, index]));

/** `growth-paths-2` (a repeated heading) stands where `growth-paths` does. */
const rankOf = (key: string): number | undefined => RANK.get(key) ?? RANK.get(key.replace(/-\d+$/, ''));

/**
 * The guide's sections in their own order, each structured part right after the section the seed page puts
 * before it (the one of highest rank below the part's; the last of equals), parts of one anchor in seed page
 * order. A section of a key the seed page does not know ranks as the one before it; a part that no section
 * precedes opens the body.
 */
export function inSeedPageOrder<S extends { key: string }, P extends { key: GuidePartKey }>(sections: S[], parts: P[]): Array<S | P> {
  const ranks: number[] = [];
  for (const section of sections) ranks.push(rankOf(section.key) ?? ranks.at(-1) ?? -1);
  const after = new Map<number, P[]>();
  for (const part of [...parts].sort((a, b) => RANK.get(a.key)! - RANK.get(b.key)!)) {
    const rank = RANK.get(part.key)!;
    let anchor = -1;
    ranks.forEach((sectionRank, index) => {
      if (sectionRank < rank && (anchor === -1 || sectionRank >= ranks[anchor]!)) anchor = index;
    });
    after.set(anchor, [...(after.get(anchor) ?? []), part]);
  }
  return [...(after.get(-1) ?? []), ...sections.flatMap((section, index) => [section, ...(after.get(index) ?? [])])];
}
