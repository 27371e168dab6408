import { expect } from 'expect';
import { describe, it } from 'node:test';
import { matchGuideHeading } from './match-guide-heading.util';

const kind = (line: string, container: Parameters<typeof matchGuideHeading>[1] = null) => matchGuideHeading(line, container)?.kind ?? null;

describe('matchGuideHeading', () => {
  it('recognises headings that carry the role name', () => {
    expect(kind('Core Functions of the Backend Developer Role')).toBe('core-functions');
    expect(kind('Core Functions of the UX Researcher Role')).toBe('core-functions');
    expect(kind('Path to Data Engineer')).toBe('path');
    expect(kind('Pros & Cons for Product Manager')).toBe('pros-and-cons');
  });

  it('ignores emoji, Markdown and a trailing colon around a heading', () => {
    expect(kind('✅ Pros')).toBe('pros');
    expect(kind('## **Key Responsibilities:**')).toBe('responsibilities');
    expect(kind('Frequently Asked Questions')).toBe('faqs');
  });

  it('scopes the skills sub-headings to "Skills and Qualifications"', () => {
    expect(kind('Tech Skills', 'skills')).toBe('technical-skills');
    expect(kind('Technical Skills', 'skill-map')).toBeNull();
    expect(matchGuideHeading('Soft Abilities', 'skills')).toEqual({ kind: 'soft-skills', nested: true });
  });

  it('marks the page chrome', () => {
    expect(kind('Sources & References')).toBe('chrome');
    expect(kind('Share career guide')).toBe('chrome');
  });

  it('does not take bullets, prose, questions or case-study titles for headings', () => {
    expect(kind('  • Contextual Advice')).toBeNull();
    expect(kind('What role do APIs play in backend development?')).toBeNull();
    expect(kind('Scaling a Fintech API for Millions of Users')).toBeNull();
    expect(kind('Career Path Tiers')).toBe('career-tiers');
  });
});
