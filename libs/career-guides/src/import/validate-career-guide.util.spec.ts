import { expect } from 'expect';
import { describe, it } from 'node:test';
import { CareerGuideContent } from '../career-guide.types';
import { validateCareerGuide } from './validate-career-guide.util';

const guide = (overrides: Partial<CareerGuideContent['stats']> = {}, title = 'QA Engineer Career Path Guide'): CareerGuideContent => ({
  title,
  summary: 'A QA engineer finds the bugs before the customers do.',
  stats: {
    growthRatePct: null,
    medianSalary: 80000,
    salaryCurrency: 'USD',
    salaryRange: null,
    salaryByLevel: null,
    topEarnersFrom: null,
    remoteFriendly: false,
    marketDemand: null,
    demandNote: null,
    workLifeBalance: null,
    ...overrides,
  },
  responsibilities: ['Write test plans.'],
  techStack: [],
  skills: { education: null, technical: [], soft: [] },
  careerTiers: [],
  sections: [],
  caseStudies: [],
  faqs: [],
  pros: [],
  cons: [],
  commonMistakes: [],
  relatedRoles: [],
  tags: [],
  sources: [],
});

const fields = (content: CareerGuideContent): string[] => validateCareerGuide(content).map((error) => error.field);

describe('validateCareerGuide', () => {
  it('accepts a guide with a title, summary, median salary in a currency and responsibilities', () => {
    expect(validateCareerGuide(guide())).toEqual([]);
  });

  it('asks for a currency when the salary has none', () => {
    expect(fields(guide({ salaryCurrency: '' }))).toEqual(['stats.salaryCurrency']);
  });

  it('refuses a salary range upside down', () => {
    expect(fields(guide({ salaryRange: { min: 90000, max: 60000 } }))).toEqual(['stats.salaryRange']);
  });

  it('refuses a title that is a sentence or markup', () => {
    expect(fields(guide({}, 'This is not a title.'))).toEqual(['title']);
    expect(fields(guide({}, '<h1>QA</h1>'))).toEqual(['title']);
    expect(fields(guide({}, '{'))).toEqual(['title']);
  });
});
