export interface SkillGapEntry {
  /** As the guide or the listings spell it. */
  skill: string;
  /** Open listings of the category carrying it as a tag. */
  listings: number;
  /** `listings` over the category's open listings (0 when it has none). */
  share: number;
  /** Where it comes from: the guide's tech stack or technical skills, or the category's most frequent tags. */
  source: 'guide' | 'listings';
}

export interface SkillGap {
  guide: { slug: string; title: string } | null;
  category: string | null;
  /** The category's open listings, the shares' denominator. */
  openListings: number;
  /** What the resume lacks, most asked first (then by name). */
  skills: SkillGapEntry[];
}

/** How many of the category's most frequent tags are considered beside the guide's skills. */
export const TOP_CATEGORY_TAGS = 10;
export const MAX_GAP_ENTRIES = 25;
