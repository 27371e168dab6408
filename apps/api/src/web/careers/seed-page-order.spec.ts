import { describe, it } from 'node:test';
import { expect } from 'expect';
import { GuidePartKey, inSeedPageOrder } from './seed-page-order';

const sections = (...keys: string[]) => keys.map((key) => ({ key, kind: 'section' }));
const parts = (...keys: GuidePartKey[]) => keys.map((key) => ({ key, kind: 'part' }));
const keysOf = (items: Array<{ key: string }>) => items.map((item) => item.key);

describe('inSeedPageOrder', () => {
  it('puts each structured part where the seed page has it, between the sections', () => {
    const page = inSeedPageOrder(
      sections('core-functions', 'work-setting', 'path', 'day-in-the-life', 'portfolio-tips'),
      parts('career-tiers', 'responsibilities', 'skills', 'tech-stack', 'pros-and-cons', 'case-studies', 'related-roles'),
    );
    expect(keysOf(page)).toEqual([
      'core-functions',
      'responsibilities',
      'work-setting',
      'tech-stack',
      'skills',
      'path',
      'career-tiers',
      'day-in-the-life',
      'pros-and-cons',
      'case-studies',
      'portfolio-tips',
      'related-roles',
    ]);
  });

  it('keeps the sections in their own order, even when it differs from the seed page', () => {
    const page = inSeedPageOrder(sections('work-life-balance', 'growth-paths', 'core-functions'), parts('responsibilities'));
    expect(keysOf(page)).toEqual(['work-life-balance', 'growth-paths', 'core-functions', 'responsibilities']);
  });

  it('keeps a section of an unknown key, or a repeated heading, beside the one before it', () => {
    const page = inSeedPageOrder(
      sections('core-functions', 'salary-negotiation', 'growth-paths', 'growth-paths-2', 'portfolio-tips'),
      parts('responsibilities', 'common-mistakes'),
    );
    expect(keysOf(page)).toEqual([
      'core-functions',
      'salary-negotiation',
      'responsibilities',
      'growth-paths',
      'growth-paths-2',
      'common-mistakes',
      'portfolio-tips',
    ]);
  });

  it('lists the parts in seed page order when the guide has no sections', () => {
    expect(keysOf(inSeedPageOrder([], parts('related-roles', 'skills', 'responsibilities')))).toEqual([
      'responsibilities',
      'skills',
      'related-roles',
    ]);
  });
});
