import { expect } from 'expect';
import { describe, it } from 'node:test';
import { inferJobCategory } from './infer-job-category.util';

describe('inferJobCategory', () => {
  it('maps role titles to the listing category they belong to, most specific first', () => {
    expect(inferJobCategory('Backend Developer Career Path Guide')).toBe('engineering');
    expect(inferJobCategory('Frontend Developer Career Path Guide')).toBe('engineering');
    expect(inferJobCategory('Data Engineer Career Path Guide')).toBe('data');
    expect(inferJobCategory('DevOps Engineer Career Path Guide')).toBe('devops');
    expect(inferJobCategory('Site Reliability Engineer')).toBe('devops');
    expect(inferJobCategory('Product Designer Career Path Guide')).toBe('design');
    expect(inferJobCategory('Technical Writer')).toBe('writing');
  });

  it('answers null when the title names no known kind of role', () => {
    expect(inferJobCategory('Beekeeper Career Path Guide')).toBeNull();
    expect(inferJobCategory('')).toBeNull();
  });
});
