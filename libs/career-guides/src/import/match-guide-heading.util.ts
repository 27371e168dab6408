import { GuideHeadingKind, GuideHeadingMatch } from './guide-heading.types';
import { headingText } from './heading-text.util';
import { listItem } from './list-item.util';

interface HeadingPattern {
  kind: GuideHeadingKind;
  pattern: RegExp;
  /** Only recognised under this container heading (skill maps have their own "Technical Skills"). */
  parent?: GuideHeadingKind;
}

/** The headings of the guide layout, keyed on wording and structure rather than on one guide's prose. */
const HEADINGS: readonly HeadingPattern[] = [
  { kind: 'core-functions', pattern: /^core (functions|duties)( of (the |an? )?.+)?$/i },
  { kind: 'responsibilities', pattern: /^(key |main |core )?responsibilities$/i },
  { kind: 'work-setting', pattern: /^work (setting|environment)$/i },
  { kind: 'tech-stack', pattern: /^(tech|technology) stack$|^tools (and|&) technologies$/i },
  { kind: 'skills', pattern: /^skills (and|&) qualifications$/i },
  { kind: 'education', pattern: /^education( level)?$/i, parent: 'skills' },
  { kind: 'technical-skills', pattern: /^(tech|technical|hard) skills$/i, parent: 'skills' },
  { kind: 'soft-skills', pattern: /^soft (skills|abilities)$/i, parent: 'skills' },
  { kind: 'path', pattern: /^(career )?path to (becoming )?.+$|^how to become .+$/i },
  { kind: 'required-education', pattern: /^required education( (and|&) training)?$|^education (and|&) training$/i },
  { kind: 'career-tiers', pattern: /^career (path )?(tiers|levels|progression)$/i },
  { kind: 'global-outlook', pattern: /^global outlook$/i },
  { kind: 'job-market', pattern: /^job market( today)?$/i },
  { kind: 'role-challenges', pattern: /^(role )?challenges$/i },
  { kind: 'growth-paths', pattern: /^growth (paths|opportunities)$/i },
  { kind: 'industry-trends', pattern: /^(industry )?trends$/i },
  { kind: 'day-in-the-life', pattern: /^(a )?day in the life( of .+)?$/i },
  { kind: 'work-life-balance', pattern: /^work[- ]life balance( (&|and) stress)?$/i },
  { kind: 'skill-map', pattern: /^skills? map$/i },
  { kind: 'pros-and-cons', pattern: /^pros (&|and) cons( (for|of) .+)?$/i },
  { kind: 'pros', pattern: /^pros$/i },
  { kind: 'cons', pattern: /^cons$/i },
  { kind: 'common-mistakes', pattern: /^(common )?mistakes( (of|by|for) beginners| to avoid)?$/i },
  { kind: 'contextual-advice', pattern: /^(contextual )?advice$/i },
  { kind: 'case-studies', pattern: /^(examples (and|&) )?case studies$/i },
  { kind: 'portfolio-tips', pattern: /^portfolio tips$/i },
  { kind: 'job-outlook', pattern: /^job outlook( (&|and) related roles)?$/i },
  { kind: 'related-roles', pattern: /^related roles$/i },
  { kind: 'faqs', pattern: /^(frequently asked questions|faqs?)$/i },
  { kind: 'chrome', pattern: /^(sources( (&|and) references)?|references|share (this |career )?guide)$/i },
];

/**
 * The kind of heading `line` is, or null. `container` is the kind of the enclosing top-level heading,
 * which scopes the headings that only exist inside one (`Tech Skills` under `Skills and Qualifications`).
 */
export function matchGuideHeading(line: string, container: GuideHeadingKind | null): GuideHeadingMatch | null {
  if (line.length > 120 || listItem(line) !== null) return null;
  const text = headingText(line);
  const found = HEADINGS.find(({ pattern, parent }) => (!parent || parent === container) && pattern.test(text));
  return found ? { kind: found.kind, nested: found.parent !== undefined } : null;
}
