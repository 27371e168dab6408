import { expect } from 'expect';
import { readFileSync } from 'fs';
import { describe, it } from 'node:test';
import { repoPath } from './__fixtures__/repo-path';
import { parseCareerGuide } from './parse-career-guide.util';
import { ParseResult } from './parse-result.types';

const PAGE = readFileSync(repoPath('../shared/fixtures/career-guides/backend-developer.txt'), 'utf8');
const EXPECTED = parseCareerGuide(PAGE);

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fields = (result: ParseResult): string[] => (result.ok ? [] : result.errors.map((error) => error.field));

function expectWellFormed(result: ParseResult): void {
  if (result.ok) expect(result.guide.title).not.toBe('');
  else expect(result.errors.length).toBeGreaterThan(0);
}

describe('parseCareerGuide robustness', () => {
  it('parses the page the same with \\r\\n, \\r, extra blank lines and stray whitespace', () => {
    const variants = [
      PAGE.replace(/\n/g, '\r\n'),
      PAGE.replace(/\n/g, '\r'),
      PAGE.replace(/\n\n/g, '\n\n\n\n'),
      `\uFEFF  \n\n${PAGE.split('\n')
        .map((line) => `\t ${line}  `)
        .join('\n')}\n\n  `,
    ];
    for (const variant of variants) expect(parseCareerGuide(variant)).toEqual(EXPECTED);
  });

  it('parses the page the same when pasted as Markdown (`# ` title, `- ` bullets, `## ` headings)', () => {
    const markdown = PAGE.replace(/^ {2}• /gm, '- ')
      .replace(/^(Backend Developer Career Path Guide)$/m, '# $1')
      .replace(/^(Key Responsibilities|Tech Stack|Frequently Asked Questions)$/gm, '## $1');
    expect(parseCareerGuide(markdown)).toEqual(EXPECTED);
  });

  it('names what is missing when the text is not a guide', () => {
    expect(fields(parseCareerGuide(''))).toEqual(['title', 'summary', 'stats.medianSalary', 'responsibilities']);
    expect(fields(parseCareerGuide('   \n\r\n\t'))).toEqual(['title', 'summary', 'stats.medianSalary', 'responsibilities']);
    expect(fields(parseCareerGuide('Backend Developer Career Path Guide'))).toEqual(['summary', 'stats.medianSalary', 'responsibilities']);
    expect(fields(parseCareerGuide(JSON.stringify({ title: 'Backend Developer', stats: { medianSalary: 1 } }, null, 2)))).toContain(
      'title',
    );
  });

  it('names a single missing part of an otherwise complete guide', () => {
    const withoutResponsibilities = PAGE.replace(/Key Responsibilities\n\n( {2}• .*\n)+/, '');
    expect(fields(parseCareerGuide(withoutResponsibilities))).toEqual(['responsibilities']);
    const withoutMedian = PAGE.replace('$100,000\n\nmedian salary\n', '').replace('Median: $100,000\n', '');
    expect(fields(parseCareerGuide(withoutMedian))).toEqual(['stats.medianSalary']);
  });

  it('refuses text with mojibake it cannot repair, naming the text', () => {
    const result = parseCareerGuide(PAGE.replace('time management—qualities', 'time managementâ€ qualities'));
    expect(result).toEqual({ ok: false, errors: [{ field: 'text', message: expect.stringMatching(/mojibake/) }] });
  });

  it('refuses what is not text or is far too long', () => {
    expect(fields(parseCareerGuide(undefined as unknown as string))).toEqual(['text']);
    expect(fields(parseCareerGuide(Buffer.from(PAGE) as unknown as string))).toEqual(['text']);
    expect(fields(parseCareerGuide(PAGE.repeat(20)))).toEqual(['text']);
  });

  it('never throws on junk: random bytes, random characters, a JSON document', () => {
    const next = random(20261129);
    for (let run = 0; run < 200; run++) {
      const bytes = Buffer.from(Array.from({ length: Math.floor(next() * 2000) }, () => Math.floor(next() * 256)));
      expectWellFormed(parseCareerGuide(bytes.toString('utf8')));
      expectWellFormed(parseCareerGuide(bytes.toString('latin1')));
      const chars = Array.from({ length: Math.floor(next() * 500) }, () => String.fromCodePoint(Math.floor(next() * 0x2fff)));
      expectWellFormed(parseCareerGuide(chars.join('')));
    }
    expectWellFormed(parseCareerGuide(JSON.stringify(EXPECTED)));
    expectWellFormed(parseCareerGuide(JSON.stringify(EXPECTED, null, 2)));
  });

  it('never throws on the page truncated, shuffled or with lines dropped at random', () => {
    const next = random(42);
    const lines = PAGE.split('\n');
    for (let run = 0; run < 100; run++) {
      expectWellFormed(parseCareerGuide(PAGE.slice(0, Math.floor(next() * PAGE.length))));
      expectWellFormed(parseCareerGuide(PAGE.slice(Math.floor(next() * PAGE.length))));
      expectWellFormed(parseCareerGuide(lines.filter(() => next() > 0.3).join('\n')));
      expectWellFormed(parseCareerGuide([...lines].sort(() => next() - 0.5).join('\n')));
    }
  });

  it('stays fast on pathological lines (no regular expression backtracks quadratically)', () => {
    const started = Date.now();
    const lines = ['a' + '*'.repeat(100_000) + 'b', 'salary ('.repeat(20_000), '1'.repeat(100_000) + 'x', `$${'1,000'.repeat(20_000)}`];
    for (const line of lines) {
      expectWellFormed(parseCareerGuide(line));
      expectWellFormed(parseCareerGuide(`Title\n\n${line}\n\nKey Responsibilities\n\n${line}\n\nExperience: ${line}`));
    }
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('keeps what it read before the cut when the page is truncated inside the FAQs', () => {
    const result = parseCareerGuide(PAGE.slice(0, PAGE.indexOf('What role do APIs play')));
    expect(result.ok && result.guide.faqs.map((faq) => faq.question)).toHaveLength(4);
  });
});
