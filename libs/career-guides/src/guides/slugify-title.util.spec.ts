import { expect } from 'expect';
import { describe, it } from 'node:test';
import { nextFreeSlug } from './next-free-slug.util';
import { slugifyTitle } from './slugify-title.util';

describe('slugifyTitle', () => {
  it('turns a title into lower-case ASCII words joined by dashes', () => {
    expect(slugifyTitle('Backend Developer Career Path Guide')).toBe('backend-developer-career-path-guide');
    expect(slugifyTitle('  C++ & C# Engineer — Café Edition!  ')).toBe('cpp-csharp-engineer-cafe-edition');
  });

  it('keeps slugs at most 80 characters without a trailing dash', () => {
    const slug = slugifyTitle(`${'word '.repeat(40)}end`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('falls back to "guide" when nothing of the title survives', () => {
    expect(slugifyTitle('Разработчик')).toBe('guide');
    expect(slugifyTitle('!!!')).toBe('guide');
  });
});

describe('nextFreeSlug', () => {
  it('uses the base when it is free and the first free numeric suffix from 2 otherwise', () => {
    expect(nextFreeSlug('backend', [])).toBe('backend');
    expect(nextFreeSlug('backend', ['backend'])).toBe('backend-2');
    expect(nextFreeSlug('backend', ['backend', 'backend-2', 'backend-4'])).toBe('backend-3');
  });
});
