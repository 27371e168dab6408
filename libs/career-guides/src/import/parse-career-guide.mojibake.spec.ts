import { expect } from 'expect';
import { readFileSync } from 'fs';
import { describe, it } from 'node:test';
import { encodeAsMojibake } from './__fixtures__/encode-as-mojibake';
import { repoPath } from './__fixtures__/repo-path';
import { parseCareerGuide } from './parse-career-guide.util';

const PAGE = readFileSync(repoPath('../shared/fixtures/career-guides/backend-developer.txt'), 'utf8');
const EXPECTED = parseCareerGuide(PAGE);

describe('parseCareerGuide on pages pasted as mojibake', () => {
  it('parses the page garbled through Windows-1252 to the same result', () => {
    const garbled = encodeAsMojibake(PAGE, 'windows-1252');
    expect(garbled).toContain('â€™');
    expect(garbled).toContain('ðŸ“ˆ Market Demand');
    expect(parseCareerGuide(garbled)).toEqual(EXPECTED);
  });

  it('parses the page garbled through Windows-1253 to the same result', () => {
    const garbled = encodeAsMojibake(PAGE, 'windows-1253');
    expect(garbled).toContain('70,000β€”130,000');
    expect(parseCareerGuide(garbled)).toEqual(EXPECTED);
  });

  it('repairs the Greek mojibake seen in the wild (`β€"`, `πŸ“ˆ`)', () => {
    const garbled = PAGE.replace('📈 Market Demand', 'πŸ“ˆ Market Demand').replace('70,000—130,000', '70,000β€"130,000');
    expect(parseCareerGuide(garbled)).toEqual(EXPECTED);
  });

  it('refuses a page whose mojibake cannot be repaired rather than storing it', () => {
    const damaged = encodeAsMojibake(PAGE, 'windows-1252').replace(/â€”/, 'â€');
    const result = parseCareerGuide(damaged);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([{ field: 'text', message: expect.stringContaining('could not be repaired') }]);
  });
});
