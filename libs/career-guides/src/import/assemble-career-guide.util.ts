import { CareerGuideContent } from '../career-guide.types';
import { collectListItems } from './collect-list-items.util';
import { GuideHeadingKind, RawGuide, RawGuideSection } from './guide-heading.types';
import { labelLine } from './label-line.util';
import { linesToMarkdown } from './lines-to-markdown.util';
import { parseCareerTiers } from './parse-career-tiers.util';
import { parseCaseStudies } from './parse-case-studies.util';
import { parseFaqs } from './parse-faqs.util';
import { parseGuideStats } from './parse-guide-stats.util';
import { splitParagraphs } from './split-paragraphs.util';

/** Headings whose bullets fill a list of the guide. */
const LISTS: Partial<Record<GuideHeadingKind, (guide: CareerGuideContent) => string[]>> = {
  responsibilities: (guide) => guide.responsibilities,
  'tech-stack': (guide) => guide.techStack,
  'technical-skills': (guide) => guide.skills.technical,
  'soft-skills': (guide) => guide.skills.soft,
  pros: (guide) => guide.pros,
  cons: (guide) => guide.cons,
  'common-mistakes': (guide) => guide.commonMistakes,
  'related-roles': (guide) => guide.relatedRoles,
};

const linesOf = (raw: RawGuide, kind: GuideHeadingKind): string[] =>
  raw.sections.filter((section) => section.kind === kind).flatMap((section) => section.lines);

/** The summary is the first paragraph of the intro when it reads as prose (the stat tiles do not). */
function splitIntro(intro: readonly string[]): { summary: string; rest: string[] } {
  const [first, ...rest] = splitParagraphs(intro);
  const summary = first?.join(' ') ?? '';
  if (summary.split(/\s+/).length >= 6 && /\p{L}/u.test(summary)) return { summary, rest: rest.flat() };
  return { summary: '', rest: intro.filter((line) => line !== '') };
}

/** Fills one recognised section into the guide. */
function fill(guide: CareerGuideContent, { kind, heading, lines }: RawGuideSection, keys: Set<string>): void {
  const list = LISTS[kind];
  if (list) {
    list(guide).push(...collectListItems(lines));
  } else if (kind === 'education') {
    guide.skills.education = linesToMarkdown(lines) || guide.skills.education;
  } else if (kind === 'career-tiers') {
    guide.careerTiers.push(...parseCareerTiers(lines));
  } else if (kind === 'case-studies') {
    guide.caseStudies.push(...parseCaseStudies(lines));
  } else if (kind === 'faqs') {
    guide.faqs.push(...parseFaqs(lines));
  } else {
    const body = linesToMarkdown(lines);
    if (body === '') return; // a container heading such as "Job Market Today"
    let key: string = kind;
    for (let n = 2; keys.has(key); n++) key = `${kind}-${n}`;
    keys.add(key);
    guide.sections.push({ key, title: heading, body });
  }
}

/** Turns the page cut at its headings into the structured guide; missing parts stay empty. */
export function assembleCareerGuide(raw: RawGuide): CareerGuideContent {
  const { summary, rest } = splitIntro(raw.intro);
  const outlook = linesOf(raw, 'job-outlook');
  const guide: CareerGuideContent = {
    title: raw.title ?? '',
    summary,
    stats: parseGuideStats({ intro: rest, workLife: linesOf(raw, 'work-life-balance'), outlook }),
    responsibilities: [],
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
    sources: outlook.map(labelLine).flatMap((pair) => (pair && /^sources?$/i.test(pair.label) ? [pair.value] : [])),
  };
  const keys = new Set<string>();
  for (const section of raw.sections) fill(guide, section, keys);
  return guide;
}
