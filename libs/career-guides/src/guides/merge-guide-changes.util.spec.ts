import { expect } from 'expect';
import { describe, it } from 'node:test';
import { completeGuideDraft } from './complete-guide-draft.util';
import { mergeGuideChanges } from './merge-guide-changes.util';

describe('completeGuideDraft', () => {
  it('fills what the admin left out with empty lists, null figures and USD', () => {
    const draft = completeGuideDraft({
      title: 'QA Engineer Guide',
      summary: 'Tests things.',
      stats: { medianSalary: 90000, salaryCurrency: undefined },
      skills: { soft: undefined },
    });
    expect(draft.stats).toMatchObject({ medianSalary: 90000, salaryCurrency: 'USD', growthRatePct: null, remoteFriendly: false });
    expect(draft.skills).toEqual({ education: null, technical: [], soft: [] });
    expect([draft.faqs, draft.tags, draft.sections]).toEqual([[], [], []]);
    expect(draft.jobCategory).toBeNull();
  });
});

describe('mergeGuideChanges', () => {
  const current = completeGuideDraft({
    title: 'T',
    summary: 'S',
    stats: { medianSalary: 1, growthRatePct: 5 },
    skills: { soft: ['Tact'] },
  });

  it('replaces given fields, ignores absent ones and merges stats and skills one level deep', () => {
    const update = mergeGuideChanges(current, {
      title: 'New',
      pros: ['Pay'],
      cons: undefined,
      stats: { medianSalary: 2, growthRatePct: undefined },
      skills: { technical: ['SQL'], soft: undefined },
    });
    expect(update).toEqual({
      title: 'New',
      pros: ['Pay'],
      stats: { ...current.stats, medianSalary: 2, growthRatePct: 5 },
      skills: { education: null, technical: ['SQL'], soft: ['Tact'] },
    });
  });

  it('changes nothing for an empty patch', () => {
    expect(mergeGuideChanges(current, { title: undefined })).toEqual({});
  });
});
