import { CareerGuideStats } from '../career-guide.types';
import { GuideDraft, GuideInput } from './guide-write.types';
import { withoutUndefined } from './without-undefined.util';

const EMPTY_STATS: CareerGuideStats = {
  growthRatePct: null,
  medianSalary: null,
  salaryCurrency: 'USD',
  salaryRange: null,
  salaryByLevel: null,
  topEarnersFrom: null,
  remoteFriendly: false,
  marketDemand: null,
  demandNote: null,
  workLifeBalance: null,
};

/** A whole guide from what the admin sent: missing lists are empty, missing figures null. */
export function completeGuideDraft(input: GuideInput): GuideDraft {
  return {
    slug: input.slug,
    title: input.title,
    summary: input.summary,
    stats: { ...EMPTY_STATS, ...withoutUndefined(input.stats ?? {}) },
    responsibilities: input.responsibilities ?? [],
    techStack: input.techStack ?? [],
    skills: { education: null, technical: [], soft: [], ...withoutUndefined(input.skills ?? {}) },
    careerTiers: input.careerTiers ?? [],
    sections: input.sections ?? [],
    caseStudies: input.caseStudies ?? [],
    faqs: input.faqs ?? [],
    pros: input.pros ?? [],
    cons: input.cons ?? [],
    commonMistakes: input.commonMistakes ?? [],
    relatedRoles: input.relatedRoles ?? [],
    jobCategory: input.jobCategory ?? null,
    tags: input.tags ?? [],
    sources: input.sources ?? [],
  };
}
