import { describe, it } from 'node:test';
import { expect } from 'expect';
import { guideSkills, skillsOfGuideItem } from './guide-skills.util';

describe('skillsOfGuideItem', () => {
  it('reads a plain item, a bracketed list and keeps a one-word head', () => {
    expect(skillsOfGuideItem('Docker')).toEqual(['Docker']);
    expect(skillsOfGuideItem('Python (Django, Flask)')).toEqual(['Python', 'Django', 'Flask']);
    expect(skillsOfGuideItem('Containerization (Docker, Kubernetes)')).toEqual(['Containerization', 'Docker', 'Kubernetes']);
  });

  it('leaves out a head that describes the list, and long descriptions', () => {
    expect(skillsOfGuideItem('Cloud platforms (AWS, Azure, GCP)')).toEqual(['AWS', 'Azure', 'GCP']);
    expect(skillsOfGuideItem('Amazon Web Services (AWS)')).toEqual(['AWS']);
    expect(skillsOfGuideItem('Understanding how large distributed systems fail and recover gracefully')).toEqual([]);
  });
});

describe('guideSkills', () => {
  it('names each skill once by its key, in the guide order, other spellings folded', () => {
    expect(
      guideSkills(['Golang', 'Docker', 'PostgreSQL'], ['Server-side languages (Go, Python)', 'Containerization (Docker, Kubernetes)']),
    ).toEqual([
      { name: 'Golang', key: 'go' },
      { name: 'Docker', key: 'docker' },
      { name: 'PostgreSQL', key: 'postgres' },
      { name: 'Python', key: 'python' },
      { name: 'Containerization', key: 'containerization' },
      { name: 'Kubernetes', key: 'kubernetes' },
    ]);
  });
});
