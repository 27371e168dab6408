/** What advice reads of a resume (ResumesService.findForUser gives more). */
export interface AdviceResume {
  headline: string;
  location: string | null;
  skills: string[];
  experience: Array<{ title: string }>;
}

/** What advice reads of an active alert's criteria (libs/alerts). */
export interface AdviceAlertCriteria {
  q?: string;
  category?: string;
  region?: string;
  remote?: boolean;
  salaryMin?: number;
  currency?: string;
  tags?: string[];
}

export interface SalaryFloor {
  amount: number;
  currency?: string;
}

/**
 * Everything the ranking weighs, built from the resume and the alerts (buildAdviceProfile). Skills are skill keys
 * (skillKey); words are the lower-case words of the headline, the experience titles and the alerts' keywords.
 */
export interface AdviceProfile {
  hasResume: boolean;
  skills: string[];
  /** The resume's own skills (keys): what the skill gap compares against. */
  resumeSkills: string[];
  words: string[];
  regions: string[];
  remote: boolean;
  salaryFloors: SalaryFloor[];
  categories: string[];
  alerts: number;
}

export const PROFILE_LIMITS = { skills: 20, words: 12, regions: 5, salaryFloors: 5, categories: 5, experienceTitles: 5 } as const;
