import { CareerGuideContent, CareerGuideStats, CareerTier } from '../career-guide.types';

export type JsonLd = Record<string, unknown>;

export type GuideJsonLdSource = Pick<
  CareerGuideContent,
  'title' | 'summary' | 'stats' | 'skills' | 'careerTiers' | 'faqs' | 'responsibilities'
> & { jobCategory: string | null };

const CONTEXT = 'https://schema.org';

/** Drops null, undefined and empty arrays, so the markup only states what the guide knows. */
function compact(value: JsonLd): JsonLd {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
}

/** "Backend Developer Career Path Guide" → "Backend Developer". */
export function occupationName(title: string): string {
  const name = title.replace(/\s*[-–—:|]?\s*(career\s+(path\s+)?)?guide$/i, '').trim();
  return name === '' ? title : name;
}

/** The lower bound of "0-2 years", "8+ years", "5 years" in months; undefined when the text names no years. */
function minimumMonths(experience: string): number | undefined {
  const match = /^\s*(\d{1,2})\s*(?:[-–+]|to\b|years?\b)/i.exec(experience);
  return match ? Number(match[1]) * 12 : undefined;
}

function estimatedSalary(stats: CareerGuideStats): JsonLd[] {
  if (stats.medianSalary === null || stats.salaryCurrency === '') return [];
  return [
    compact({
      '@type': 'MonetaryAmountDistribution',
      name: 'base',
      currency: stats.salaryCurrency,
      duration: 'P1Y',
      median: stats.medianSalary,
      minValue: stats.salaryRange?.min,
      maxValue: stats.salaryRange?.max,
      percentile90: stats.topEarnersFrom,
    }),
  ];
}

function experienceRequirement(tier: CareerTier): JsonLd {
  return compact({
    '@type': 'OccupationalExperienceRequirements',
    name: tier.title,
    description: tier.experience,
    monthsOfExperience: minimumMonths(tier.experience),
  });
}

/**
 * schema.org markup for a guide page: an `Occupation` (estimated salary as a distribution, skills,
 * education, experience per career tier) and, when the guide has questions, an `FAQPage`.
 */
export function buildGuideJsonLd(guide: GuideJsonLdSource): JsonLd[] {
  const occupation = compact({
    '@context': CONTEXT,
    '@type': 'Occupation',
    name: occupationName(guide.title),
    description: guide.summary,
    occupationalCategory: guide.jobCategory,
    estimatedSalary: estimatedSalary(guide.stats),
    responsibilities: guide.responsibilities,
    skills: [...guide.skills.technical, ...guide.skills.soft],
    educationRequirements: guide.skills.education,
    experienceRequirements: guide.careerTiers.map(experienceRequirement),
  });
  if (guide.faqs.length === 0) return [occupation];
  const faqPage = {
    '@context': CONTEXT,
    '@type': 'FAQPage',
    mainEntity: guide.faqs.map((faq) => ({
      '@type': 'Question',
      name: faq.question,
      acceptedAnswer: { '@type': 'Answer', text: faq.answer },
    })),
  };
  return [occupation, faqPage];
}
