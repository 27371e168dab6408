/** The structured content of a career guide (SPEC §6), as parsed from a pasted page or edited by an admin. */

export type MarketDemand = 'low' | 'medium' | 'high';

export interface SalaryRange {
  min: number;
  max: number;
}

export interface SalaryByLevel {
  entry: number | null;
  mid: number | null;
  senior: number | null;
}

export interface WorkLifeBalance {
  /** Lower case, as the page words it: `moderate`, `high`, … */
  stressLevel: string;
  /** Lower case, as the page words it: `good`, `fair`, … */
  balanceRating: string;
}

export interface CareerGuideStats {
  growthRatePct: number | null;
  medianSalary: number | null;
  /** ISO 4217 code, e.g. `USD`. */
  salaryCurrency: string;
  salaryRange: SalaryRange | null;
  salaryByLevel: SalaryByLevel | null;
  topEarnersFrom: number | null;
  remoteFriendly: boolean;
  marketDemand: MarketDemand | null;
  demandNote: string | null;
  workLifeBalance: WorkLifeBalance | null;
}

export interface CareerTier {
  title: string;
  /** As the page words it, e.g. `0-2 years`, `8+ years`. */
  experience: string;
  description: string;
}

export interface GuideSection {
  /** Stable kebab-case key, e.g. `core-functions`, `day-in-the-life`. */
  key: string;
  /** The page's own heading. */
  title: string;
  /** Markdown: paragraphs separated by a blank line, bullets as `- item`, sub-headings as `### …`. */
  body: string;
}

export interface Faq {
  question: string;
  answer: string;
}

export interface CaseStudy {
  title: string;
  body: string;
  takeaway: string;
}

export interface CareerGuideSkills {
  education: string | null;
  technical: string[];
  soft: string[];
}

export interface CareerGuideContent {
  title: string;
  summary: string;
  stats: CareerGuideStats;
  responsibilities: string[];
  techStack: string[];
  skills: CareerGuideSkills;
  careerTiers: CareerTier[];
  sections: GuideSection[];
  caseStudies: CaseStudy[];
  faqs: Faq[];
  pros: string[];
  cons: string[];
  commonMistakes: string[];
  relatedRoles: string[];
  tags: string[];
  sources: string[];
}
