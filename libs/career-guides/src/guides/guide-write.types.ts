import { CareerGuideContent, CareerGuideSkills, CareerGuideStats } from '../career-guide.types';

/** Everything an admin writes into a guide; the slug is derived from the title when not given. */
export interface GuideDraft extends CareerGuideContent {
  jobCategory: string | null;
  slug?: string;
}

/** A patch: top-level fields replace, `stats` and `skills` are merged one level deep. */
export type GuideChanges = Partial<Omit<GuideDraft, 'stats' | 'skills'>> & {
  stats?: Partial<CareerGuideStats>;
  skills?: Partial<CareerGuideSkills>;
};

/** A new guide as an admin sends it: title and summary, anything else optional. */
export type GuideInput = GuideChanges & Pick<GuideDraft, 'title' | 'summary'>;
