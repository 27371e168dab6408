import { expect } from 'expect';
import { describe, it } from 'node:test';
import { buildGuideJsonLd, GuideJsonLdSource, occupationName } from './build-guide-json-ld.util';

const guide: GuideJsonLdSource = {
  title: 'Backend Developer Career Path Guide',
  summary: 'Builds the server side of applications.',
  stats: {
    growthRatePct: 25,
    medianSalary: 100000,
    salaryCurrency: 'USD',
    salaryRange: { min: 70000, max: 130000 },
    salaryByLevel: { entry: 79000, mid: 100000, senior: 121000 },
    topEarnersFrom: 130000,
    remoteFriendly: true,
    marketDemand: 'high',
    demandNote: null,
    workLifeBalance: null,
  },
  skills: { education: 'A degree in computer science helps.', technical: ['SQL'], soft: ['Communication'] },
  careerTiers: [
    { title: 'Junior Backend Developer', experience: '0-2 years', description: 'Learns.' },
    { title: 'Lead Backend Developer', experience: '8+ years', description: 'Leads.' },
    { title: 'Fellow', experience: 'a long time', description: 'Rare.' },
  ],
  faqs: [{ question: 'Is SQL needed?', answer: 'Yes.' }],
  responsibilities: ['Build APIs.'],
  jobCategory: 'engineering',
};

describe('buildGuideJsonLd', () => {
  it('describes the role as a schema.org Occupation with its salary distribution, skills and experience', () => {
    const [occupation] = buildGuideJsonLd(guide);
    expect(occupation).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Occupation',
      name: 'Backend Developer',
      description: 'Builds the server side of applications.',
      occupationalCategory: 'engineering',
      estimatedSalary: [
        {
          '@type': 'MonetaryAmountDistribution',
          name: 'base',
          currency: 'USD',
          duration: 'P1Y',
          median: 100000,
          minValue: 70000,
          maxValue: 130000,
          percentile90: 130000,
        },
      ],
      responsibilities: ['Build APIs.'],
      skills: ['SQL', 'Communication'],
      educationRequirements: 'A degree in computer science helps.',
      experienceRequirements: [
        {
          '@type': 'OccupationalExperienceRequirements',
          name: 'Junior Backend Developer',
          description: '0-2 years',
          monthsOfExperience: 0,
        },
        { '@type': 'OccupationalExperienceRequirements', name: 'Lead Backend Developer', description: '8+ years', monthsOfExperience: 96 },
        { '@type': 'OccupationalExperienceRequirements', name: 'Fellow', description: 'a long time' },
      ],
    });
  });

  it('adds an FAQPage whose questions carry their accepted answers', () => {
    expect(buildGuideJsonLd(guide)[1]).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [{ '@type': 'Question', name: 'Is SQL needed?', acceptedAnswer: { '@type': 'Answer', text: 'Yes.' } }],
    });
  });

  it('states only what the guide knows: no salary without a median, no FAQPage without questions', () => {
    const bare = buildGuideJsonLd({
      ...guide,
      stats: { ...guide.stats, medianSalary: null },
      skills: { education: null, technical: [], soft: [] },
      careerTiers: [],
      faqs: [],
      responsibilities: [],
      jobCategory: null,
    });
    expect(bare).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'Occupation',
        name: 'Backend Developer',
        description: 'Builds the server side of applications.',
      },
    ]);
  });
});

describe('occupationName', () => {
  it('drops the "Career Path Guide" suffix from the title', () => {
    expect(occupationName('DevOps Engineer Career Path Guide')).toBe('DevOps Engineer');
    expect(occupationName('Data Engineer: Career Guide')).toBe('Data Engineer');
    expect(occupationName('Product Manager')).toBe('Product Manager');
    expect(occupationName('Guide')).toBe('Guide');
  });
});
