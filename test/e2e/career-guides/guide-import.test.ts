import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { readFileSync } from 'node:fs';
import { createAdminSession, createSession, Session, startTestEnvironment, TestEnvironment } from '@app/testing';
import { collectStrings } from './support/collect-strings';
import { importGuide } from './support/guide-requests';
import { repoPath } from './support/repo-path';

const BACKEND_PAGE = readFileSync(repoPath('../shared/fixtures/career-guides/backend-developer.txt'), 'utf8');
const DATA_PAGE = readFileSync(repoPath('libs/career-guides/src/import/__fixtures__/data-engineer.txt'), 'utf8');

/** Words of the reference page's chrome (`Sources & References` onwards): none may reach the guide. */
const CHROME =
  /sources & references|share career guide|jobicy|subscription|professionals pay|\/month|getting started|unlimited applies|job alerts|ad-free|career consultant|ai-powered job advice|pinned resume|resume url|go to account/i;

function expectProblem(response: { status: number; headers: Headers; body: unknown }, status: number): void {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so a failing fuzz case can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('POST /v1/admin/guides/import', () => {
  let env: TestEnvironment;
  let admin: Session;

  before(async () => {
    env = await startTestEnvironment();
    admin = await createAdminSession(env.api);
  });
  after(() => env.close());

  it('stores the reference page as a draft with exactly the values of the page', async () => {
    const response = await importGuide(admin.http, BACKEND_PAGE);
    expect(response.status).toBe(201);
    const guide = response.body;
    expect(guide).toMatchObject({ status: 'draft', version: 1, publishedAt: null, slug: 'backend-developer-career-path-guide' });
    expect(guide.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(guide.title).toBe('Backend Developer Career Path Guide');
    expect(guide.summary).toBe(BACKEND_PAGE.split('\n\n')[1].trim());
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
    expect(guide.responsibilities).toHaveLength(15);
    expect(guide.responsibilities[0]).toBe('Design, develop, and maintain server-side web application logic.');
    expect(guide.techStack).toHaveLength(20);
    expect(guide.techStack[0]).toBe('Node.js');
    expect(guide.skills.technical).toHaveLength(15);
    expect(guide.skills.soft).toHaveLength(10);
    expect(guide.skills.education).toMatch(/^While a formal degree is not always mandatory/);
    expect(guide.careerTiers.map((tier: { title: string; experience: string }) => [tier.title, tier.experience])).toEqual([
      ['Junior Backend Developer', '0-2 years'],
      ['Mid-Level Backend Developer', '2-5 years'],
      ['Senior Backend Developer', '5-8 years'],
      ['Lead Backend Developer / Backend Architect', '8+ years'],
    ]);
    expect(guide.caseStudies).toHaveLength(4);
    expect(guide.caseStudies.every((study: { takeaway: string }) => study.takeaway.length > 20)).toBe(true);
    expect(guide.caseStudies[0].takeaway).toBe(
      'Adopting microservices and container orchestration can dramatically improve scalability and resilience in high-demand environments.',
    );
    expect(guide.faqs).toHaveLength(10);
    expect(guide.faqs[0].question).toBe('What programming languages are best for backend development?');
    expect(guide.faqs[9].question).toBe('What soft skills are important for backend developers?');
    expect([guide.pros.length, guide.cons.length, guide.commonMistakes.length]).toEqual([6, 6, 8]);
    expect(guide.sections.map((section: { key: string }) => section.key)).toEqual([
      'core-functions',
      'work-setting',
      'path',
      'required-education',
      'global-outlook',
      'role-challenges',
      'growth-paths',
      'industry-trends',
      'day-in-the-life',
      'work-life-balance',
      'skill-map',
      'contextual-advice',
      'portfolio-tips',
      'job-outlook',
    ]);
    expect(guide.jobCategory).toBe('engineering');
    expect(guide.sources).toEqual(['U.S. Bureau of Labor Statistics']);
    expect(collectStrings(guide).filter((text) => CHROME.test(text))).toEqual([]);
    expect(collectStrings(guide).some((text) => text.includes('•'))).toBe(false);
  });

  it('answers with the schema.org Occupation and FAQPage of the imported guide', async () => {
    const { body: guide } = await importGuide(admin.http, BACKEND_PAGE);
    const [occupation, faqPage] = guide.jsonLd;
    expect(occupation).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Occupation',
      name: 'Backend Developer',
      description: guide.summary,
      occupationalCategory: 'engineering',
      estimatedSalary: [
        {
          '@type': 'MonetaryAmountDistribution',
          currency: 'USD',
          duration: 'P1Y',
          median: 100000,
          minValue: 70000,
          maxValue: 130000,
          percentile90: 130000,
        },
      ],
      educationRequirements: guide.skills.education,
    });
    expect(occupation.skills).toHaveLength(25);
    expect(occupation.experienceRequirements.map((r: { monthsOfExperience: number }) => r.monthsOfExperience)).toEqual([0, 24, 60, 96]);
    expect(faqPage['@type']).toBe('FAQPage');
    expect(faqPage.mainEntity).toHaveLength(10);
    expect(faqPage.mainEntity[0]).toEqual({
      '@type': 'Question',
      name: guide.faqs[0].question,
      acceptedAnswer: { '@type': 'Answer', text: guide.faqs[0].answer },
    });
  });

  it('gives each further import of the same title a free slug: -2, then -3', async () => {
    const slugs = [];
    for (let n = 0; n < 2; n++) slugs.push((await importGuide(admin.http, DATA_PAGE)).body.slug);
    expect(slugs).toEqual(['data-engineer-career-path-guide', 'data-engineer-career-path-guide-2']);
    const third = await importGuide(admin.http, DATA_PAGE);
    expect(third.body.slug).toBe('data-engineer-career-path-guide-3');
  });

  it('reads the second in-repo guide sent as text/markdown', async () => {
    const response = await importGuide(admin.http, DATA_PAGE, 'text/markdown');
    expect(response.status).toBe(201);
    const guide = response.body;
    expect(guide.title).toBe('Data Engineer Career Path Guide');
    expect(guide.stats).toMatchObject({ growthRatePct: 18, medianSalary: 115000, marketDemand: 'medium', remoteFriendly: false });
    expect(guide.stats.workLifeBalance).toEqual({ stressLevel: 'high', balanceRating: 'fair' });
    expect(guide.techStack).toEqual(['SQL', 'Python', 'Apache Spark', 'Apache Kafka', 'Apache Airflow', 'dbt', 'Snowflake', 'Terraform']);
    expect(guide.careerTiers.map((tier: { experience: string }) => tier.experience)).toEqual(['0-2 years', '2-5 years', '6+ years']);
    expect(guide.faqs).toHaveLength(3);
    expect(guide.relatedRoles).toEqual(['Analytics Engineer', 'Machine Learning Engineer', 'Database Administrator']);
    expect(guide.jobCategory).toBe('data');
    expect(collectStrings(guide).filter((text) => /share career guide|databoard|upgrade now/i.test(text))).toEqual([]);
  });

  it('repairs a page pasted as mojibake before storing it', async () => {
    const garbled = new TextDecoder('windows-1253').decode(Buffer.from(BACKEND_PAGE, 'utf8'));
    expect(garbled).toContain('β€”');
    const response = await importGuide(admin.http, garbled);
    expect(response.status).toBe(201);
    expect(response.body.title).toBe('Backend Developer Career Path Guide');
    expect(collectStrings(response.body).some((text) => /β€|â€|πŸ/.test(text))).toBe(false);
  });

  it('refuses mojibake it cannot repair with 400 naming the text, storing nothing', async () => {
    const damaged = BACKEND_PAGE.replace('time management—qualities', 'time managementâ€ qualities');
    const before = await env.api.dataSource.query(`SELECT count(*)::int AS n FROM career_guides`);
    const response = await importGuide(admin.http, damaged);
    expectProblem(response, 400);
    expect(response.body.errors).toEqual([{ field: 'text', message: expect.stringMatching(/mojibake/) }]);
    expect(await env.api.dataSource.query(`SELECT count(*)::int AS n FROM career_guides`)).toEqual(before);
  });

  it('refuses text that is not a guide with 400 problem+json naming what is missing', async () => {
    const junk = await importGuide(admin.http, 'Hello there, this is my shopping list:\n\n- milk\n- bread');
    expectProblem(junk, 400);
    expect(junk.body.errors.map((error: { field: string }) => error.field)).toEqual(['summary', 'stats.medianSalary', 'responsibilities']);
    expect(junk.body.detail).toMatch(/stats\.medianSalary/);

    const empty = await importGuide(admin.http, '');
    expectProblem(empty, 400);
    expect(empty.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'title',
      'summary',
      'stats.medianSalary',
      'responsibilities',
    ]);

    const withoutResponsibilities = BACKEND_PAGE.replace(/Key Responsibilities\n\n( {2}• .*\n)+/, '');
    const partial = await importGuide(admin.http, withoutResponsibilities);
    expectProblem(partial, 400);
    expect(partial.body.errors).toEqual([{ field: 'responsibilities', message: expect.any(String) }]);
  });

  it('refuses JSON and other content types with 415 problem+json', async () => {
    const json = await admin.http.post('/v1/admin/guides/import', { text: BACKEND_PAGE });
    expectProblem(json, 415);
    const html = await importGuide(admin.http, `<p>${BACKEND_PAGE}</p>`, 'text/html');
    expectProblem(html, 415);
    const form = await importGuide(admin.http, 'a=b', 'application/x-www-form-urlencoded');
    expectProblem(form, 415);
  });

  it('never answers 500 to junk: random bytes, random characters, truncated and shuffled pages', async () => {
    const next = random(4242);
    const lines = BACKEND_PAGE.split('\n');
    const bodies: Array<string | Buffer> = [];
    for (let run = 0; run < 15; run++) {
      bodies.push(Buffer.from(Array.from({ length: Math.floor(next() * 3000) }, () => Math.floor(next() * 256))));
      bodies.push(Array.from({ length: Math.floor(next() * 800) }, () => String.fromCodePoint(Math.floor(next() * 0xd7ff))).join(''));
      bodies.push(BACKEND_PAGE.slice(0, Math.floor(next() * BACKEND_PAGE.length)));
      bodies.push([...lines].sort(() => next() - 0.5).join('\n'));
    }
    bodies.push('{"title": "Backend Developer"}', '\u0000\u0000\u0000', '$'.repeat(100_000), 'Title\n\n'.repeat(20_000));
    for (const body of bodies) {
      const response = await importGuide(admin.http, body);
      expect([201, 400]).toContain(response.status);
      if (response.status === 400) expect(response.body.errors.length).toBeGreaterThan(0);
    }
  });

  it('is for admins only: 401 without a token, 403 for a seeker', async () => {
    expectProblem(await importGuide(env.api.http, BACKEND_PAGE), 401);
    const seeker = await createSession(env.api);
    expectProblem(await importGuide(seeker.http, BACKEND_PAGE), 403);
  });
});
