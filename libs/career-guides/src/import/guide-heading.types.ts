/** What a recognised heading of the guide layout introduces. */
export type GuideHeadingKind =
  | 'core-functions'
  | 'responsibilities'
  | 'work-setting'
  | 'tech-stack'
  | 'skills'
  | 'education'
  | 'technical-skills'
  | 'soft-skills'
  | 'path'
  | 'required-education'
  | 'career-tiers'
  | 'global-outlook'
  | 'job-market'
  | 'role-challenges'
  | 'growth-paths'
  | 'industry-trends'
  | 'day-in-the-life'
  | 'work-life-balance'
  | 'skill-map'
  | 'pros-and-cons'
  | 'pros'
  | 'cons'
  | 'common-mistakes'
  | 'contextual-advice'
  | 'case-studies'
  | 'portfolio-tips'
  | 'job-outlook'
  | 'related-roles'
  | 'faqs'
  /** `Sources & References` and what follows: page chrome, never part of the guide. */
  | 'chrome';

export interface GuideHeadingMatch {
  kind: GuideHeadingKind;
  /** True for headings that only exist inside a container heading (they do not change the container). */
  nested: boolean;
}

/** A heading line and the lines under it, up to the next recognised heading. */
export interface RawGuideSection {
  kind: GuideHeadingKind;
  heading: string;
  lines: string[];
}

/** The pasted page cut at its headings. */
export interface RawGuide {
  title: string | null;
  /** Lines between the title and the first recognised heading: summary and stats. */
  intro: string[];
  sections: RawGuideSection[];
}
