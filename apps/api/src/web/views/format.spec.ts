import { describe, it } from 'node:test';
import { expect } from 'expect';
import { formatMonth } from './format';

describe('formatMonth', () => {
  it('reads a resume month as people write it, in any time zone', () => {
    expect(formatMonth('2020-10')).toBe('Oct 2020');
    expect(formatMonth('2014-01')).toBe('Jan 2014');
    expect(formatMonth('1999-12')).toBe('Dec 1999');
  });
});
