import { describe, it } from 'node:test';
import { expect } from 'expect';
import { buildAdviceProfile } from '../build-advice-profile.util';
import { adviceReasons } from './advice-reasons.util';

const profile = buildAdviceProfile({ headline: 'Backend Engineer', location: null, skills: ['Go', 'Kubernetes', 'gRPC'], experience: [] }, [
  { remote: true, salaryMin: 100000, category: 'engineering' },
]);
const facts = {
  remote: true,
  category: 'engineering',
  sharedSkills: [],
  titleWords: [],
  regions: [],
  salaryFit: false,
  categoryFit: false,
};

describe('adviceReasons', () => {
  it('words every fit, skills and title words in the order the profile has them', () => {
    expect(
      adviceReasons(
        {
          ...facts,
          sharedSkills: ['grpc', 'go', 'kubernetes'],
          titleWords: ['engineer', 'backend'],
          regions: ['Europe'],
          salaryFit: true,
          categoryFit: true,
        },
        profile,
      ),
    ).toEqual([
      'matches 3 of your skills: go, kubernetes, grpc',
      'the title shares words with your experience: backend, engineer',
      'remote, open to Europe',
      "pays above your alert's minimum",
      'in Engineering, as your alert asks',
    ]);
  });

  it('says "in" for an office listing of the region, and "remote" when only remote was asked for', () => {
    expect(adviceReasons({ ...facts, remote: false, regions: ['UK'] }, profile)).toEqual(['in UK']);
    expect(adviceReasons(facts, profile)).toEqual(['remote, as your alert asks']);
    expect(adviceReasons({ ...facts, titleWords: ['engineer'] }, { ...profile, remote: false })).toEqual([
      'the title shares a word with your experience: engineer',
    ]);
  });
});
