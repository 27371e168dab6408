import { expect } from 'expect';
import { readFileSync } from 'fs';
import { describe, it } from 'node:test';
import { CareerGuideContent } from '../career-guide.types';
import { collectStrings } from './__fixtures__/collect-strings';
import { repoPath } from './__fixtures__/repo-path';
import { parseCareerGuide } from './parse-career-guide.util';

/** A second, shorter guide in the same layout, written for these tests (other role, other headings' wording). */
const FIXTURE = repoPath('libs/career-guides/src/import/__fixtures__/data-engineer.txt');

function parseFixture(): CareerGuideContent {
  const result = parseCareerGuide(readFileSync(FIXTURE, 'utf8'));
  if (!result.ok) throw new Error(`fixture did not parse: ${JSON.stringify(result.errors)}`);
  return result.guide;
}

describe('parseCareerGuide on another guide in the same layout (data engineer)', () => {
  const guide = parseFixture();

  it('reads title, summary and stats', () => {
    expect(guide.title).toBe('Data Engineer Career Path Guide');
    expect(guide.summary).toMatch(/^A Data Engineer designs the pipelines .* at a cost the business accepts\.$/);
    expect(guide.stats).toEqual({
      growthRatePct: 18,
      medianSalary: 115000,
      salaryCurrency: 'USD',
      salaryRange: { min: 85000, max: 150000 },
      salaryByLevel: { entry: 88000, mid: 115000, senior: 142000 },
      topEarnersFrom: 150000,
      remoteFriendly: false,
      marketDemand: 'medium',
      demandNote:
        'Hiring is steady rather than frantic: most companies already run a warehouse and now look for people who can make it cheaper and more reliable.',
      workLifeBalance: { stressLevel: 'high', balanceRating: 'fair' },
    });
  });

  it('reads the lists, whatever the wording of their headings', () => {
    expect(guide.responsibilities).toHaveLength(6);
    expect(guide.techStack).toEqual(['SQL', 'Python', 'Apache Spark', 'Apache Kafka', 'Apache Airflow', 'dbt', 'Snowflake', 'Terraform']);
    expect(guide.skills.technical).toHaveLength(6);
    expect(guide.skills.soft).toHaveLength(5);
    expect(guide.skills.education).toMatch(/^A degree in computer science/);
    expect([guide.pros.length, guide.cons.length, guide.commonMistakes.length]).toEqual([3, 3, 4]);
    expect(guide.relatedRoles).toEqual(['Analytics Engineer', 'Machine Learning Engineer', 'Database Administrator']);
    expect(guide.sources).toEqual(['Internal hiring survey']);
  });

  it('reads tiers, case studies and FAQs', () => {
    expect(guide.careerTiers.map(({ title, experience }) => [title, experience])).toEqual([
      ['Junior Data Engineer', '0-2 years'],
      ['Data Engineer', '2-5 years'],
      ['Staff Data Engineer', '6+ years'],
    ]);
    expect(guide.careerTiers[2].description).toBe(
      'Sets modelling conventions across teams, chooses platform tools and reviews designs before they are built.',
    );
    expect(guide.caseStudies.map((study) => study.takeaway)).toEqual([
      'Load only what changed, and make reruns safe before making them fast.',
      'Agreeing on definitions is part of the engineering work.',
    ]);
    expect(guide.faqs.map((faq) => faq.question)).toEqual([
      'Do I need to know Java or Scala?',
      'Is data engineering the same as data science?',
      'Can I move into this role from analytics?',
    ]);
    expect(guide.faqs[2].answer).toBe('Yes. Analysts already know the business questions, which is half of good modelling.');
  });

  it('keeps only the headings the page has, in page order, with the role name in the title', () => {
    expect(guide.sections.map(({ key, title }) => [key, title])).toEqual([
      ['core-functions', 'Core Functions of the Data Engineer Role'],
      ['work-setting', 'Work Setting'],
      ['path', 'Path to Data Engineer'],
      ['day-in-the-life', 'A Day in the Life'],
      ['work-life-balance', 'Work-Life Balance & Stress'],
      ['job-outlook', 'Job Outlook & Related Roles'],
    ]);
  });

  it('leaves the page chrome out', () => {
    const chrome = /sources & references|share career guide|databoard|members who unlock|saved searches|priority email|upgrade now/i;
    expect(collectStrings(guide).filter((text) => chrome.test(text))).toEqual([]);
  });
});
