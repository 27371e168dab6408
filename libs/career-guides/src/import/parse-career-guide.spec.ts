import { expect } from 'expect';
import { readFileSync } from 'fs';
import { describe, it } from 'node:test';
import { CareerGuideContent } from '../career-guide.types';
import { collectStrings } from './__fixtures__/collect-strings';
import { repoPath } from './__fixtures__/repo-path';
import { parseCareerGuide } from './parse-career-guide.util';

/** The reference page, kept outside the repository: `../shared/…` from the repository root. */
const FIXTURE = repoPath('../shared/fixtures/career-guides/backend-developer.txt');

/** Words of the page chrome (`Sources & References` onwards): none may reach the guide. */
const CHROME =
  /sources & references|share career guide|jobicy|subscription|professionals pay|\/month|getting started|unlimited applies|job alerts|ad-free|career consultant|ai-powered job advice|pinned resume|resume url|go to account/i;

function parseFixture(): CareerGuideContent {
  const result = parseCareerGuide(readFileSync(FIXTURE, 'utf8'));
  if (!result.ok) throw new Error(`fixture did not parse: ${JSON.stringify(result.errors)}`);
  return result.guide;
}

describe('parseCareerGuide on the backend developer page', () => {
  const guide = parseFixture();

  it('reads the title and takes the first paragraph as the summary', () => {
    expect(guide.title).toBe('Backend Developer Career Path Guide');
    expect(guide.summary).toMatch(/^A Backend Developer builds and maintains the server-side logic/);
    expect(guide.summary).toMatch(/between the front end and the server infrastructure\.$/);
  });

  it('reads every stat from the stat tiles, market demand, salary and work-life blocks', () => {
    expect(guide.stats).toEqual({
      growthRatePct: 25,
      medianSalary: 100000,
      salaryCurrency: 'USD',
      salaryRange: { min: 70000, max: 130000 },
      salaryByLevel: { entry: 79000, mid: 100000, senior: 121000 },
      topEarnersFrom: 130000,
      remoteFriendly: true,
      marketDemand: 'high',
      demandNote:
        'The demand is currently high, driven by the growth of cloud services, e-commerce, and the increasing need for scalable and secure backend systems.',
      workLifeBalance: { stressLevel: 'moderate', balanceRating: 'good' },
    });
  });

  it('collects the bulleted lists without their markers', () => {
    expect(guide.responsibilities).toHaveLength(15);
    expect(guide.responsibilities[0]).toBe('Design, develop, and maintain server-side web application logic.');
    expect(guide.techStack).toHaveLength(20);
    expect(guide.techStack[0]).toBe('Node.js');
    expect(guide.techStack[19]).toBe('Message brokers (RabbitMQ, Kafka)');
    expect(guide.skills.technical).toHaveLength(15);
    expect(guide.skills.soft).toHaveLength(10);
    expect(guide.pros).toHaveLength(6);
    expect(guide.cons).toHaveLength(6);
    expect(guide.commonMistakes).toHaveLength(8);
    expect(collectStrings(guide).some((text) => text.includes('•'))).toBe(false);
  });

  it('keeps the education text as paragraphs', () => {
    expect(guide.skills.education).toMatch(/^While a formal degree is not always mandatory/);
    expect(guide.skills.education?.split('\n\n')).toHaveLength(3);
  });

  it('reads the four career tiers in order with their experience', () => {
    expect(guide.careerTiers.map(({ title, experience }) => [title, experience])).toEqual([
      ['Junior Backend Developer', '0-2 years'],
      ['Mid-Level Backend Developer', '2-5 years'],
      ['Senior Backend Developer', '5-8 years'],
      ['Lead Backend Developer / Backend Architect', '8+ years'],
    ]);
    expect(guide.careerTiers[0].description).toMatch(/^At the entry level, Junior Backend Developers/);
    expect(guide.careerTiers[3].description).toMatch(/part of the senior leadership responsibilities\.$/);
  });

  it('reads the four case studies with their takeaways', () => {
    expect(guide.caseStudies.map((study) => study.title)).toEqual([
      'Scaling a Fintech API for Millions of Users',
      'Securing a Healthcare Application Backend',
      'Implementing Real-Time Features on an E-commerce Platform',
      'Migrating Legacy Systems to Cloud Infrastructure',
    ]);
    expect(guide.caseStudies[0].body).toMatch(/^A mid-sized fintech startup/);
    expect(guide.caseStudies[0].takeaway).toBe(
      'Adopting microservices and container orchestration can dramatically improve scalability and resilience in high-demand environments.',
    );
    expect(guide.caseStudies.every((study) => study.takeaway !== '' && !study.body.includes('Key Takeaway'))).toBe(true);
  });

  it('reads the ten FAQs in order', () => {
    expect(guide.faqs).toHaveLength(10);
    expect(guide.faqs[0].question).toBe('What programming languages are best for backend development?');
    expect(guide.faqs[0].answer).toMatch(/^Commonly used backend languages include Python/);
    expect(guide.faqs[9].question).toBe('What soft skills are important for backend developers?');
    expect(guide.faqs[9].answer).toMatch(/manage competing priorities effectively\.$/);
  });

  it('turns every other heading into a section with a stable key, in page order', () => {
    expect(guide.sections.map(({ key, title }) => [key, title])).toEqual([
      ['core-functions', 'Core Functions of the Backend Developer Role'],
      ['work-setting', 'Work Setting'],
      ['path', 'Path to Backend Developer'],
      ['required-education', 'Required Education'],
      ['global-outlook', 'Global Outlook'],
      ['role-challenges', 'Role Challenges'],
      ['growth-paths', 'Growth Paths'],
      ['industry-trends', 'Industry Trends'],
      ['day-in-the-life', 'A Day in the Life'],
      ['work-life-balance', 'Work-Life Balance & Stress'],
      ['skill-map', 'Skill Map'],
      ['contextual-advice', 'Contextual Advice'],
      ['portfolio-tips', 'Portfolio Tips'],
      ['job-outlook', 'Job Outlook & Related Roles'],
    ]);
  });

  it('writes section bodies as Markdown', () => {
    const body = (key: string): string => guide.sections.find((section) => section.key === key)?.body ?? '';
    expect(body('core-functions').split('\n\n')).toHaveLength(5);
    expect(body('day-in-the-life')).toMatch(
      /^### Morning \(9:00 AM - 12:00 PM\)\n\n\*\*Focus:\*\* Planning and Development\n\n- Review and prioritize tasks/,
    );
    expect(body('skill-map')).toContain('### Foundational Skills\n\nFundamental abilities');
    expect(body('contextual-advice').split('\n')).toHaveLength(8);
    expect(
      body('contextual-advice')
        .split('\n')
        .every((line) => line.startsWith('- ')),
    ).toBe(true);
    expect(body('job-outlook')).toBe(
      '**Growth Rate:** 25%\n\n**Status:** Growing much faster than average\n\n**Source:** U.S. Bureau of Labor Statistics',
    );
  });

  it('takes the cited source and leaves related roles and tags empty when the page has none', () => {
    expect(guide.sources).toEqual(['U.S. Bureau of Labor Statistics']);
    expect(guide.relatedRoles).toEqual([]);
    expect(guide.tags).toEqual([]);
  });

  it('lets nothing of the page chrome after the FAQs into any field', () => {
    const strings = collectStrings(guide);
    expect(strings.length).toBeGreaterThan(100);
    expect(strings.filter((text) => CHROME.test(text))).toEqual([]);
  });
});
