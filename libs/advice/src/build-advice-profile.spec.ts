import { describe, it } from 'node:test';
import { expect } from 'expect';
import { buildAdviceProfile } from './build-advice-profile.util';

describe('buildAdviceProfile', () => {
  it('reads skills, words and regions from the resume, then what the alerts ask for', () => {
    const profile = buildAdviceProfile(
      {
        headline: 'Senior Backend Engineer',
        location: 'Lisbon, Europe',
        skills: [' Go ', 'golang', 'K8s', 'Node.js'],
        experience: [{ title: 'Go Engineer' }],
      },
      [
        { q: 'grpc -php', tags: ['Terraform'], region: 'UK', remote: true, salaryMin: 90000, category: 'devops' },
        { salaryMin: 60000, currency: 'GBP' },
      ],
    );
    expect(profile).toEqual({
      hasResume: true,
      skills: ['go', 'kubernetes', 'node.js', 'terraform'],
      resumeSkills: ['go', 'kubernetes', 'node.js'],
      words: ['senior', 'backend', 'engineer', 'go', 'grpc'],
      regions: ['Europe', 'UK'],
      remote: true,
      salaryFloors: [{ amount: 90000 }, { amount: 60000, currency: 'GBP' }],
      categories: ['devops'],
      alerts: 2,
    });
  });

  it('works from alerts alone when there is no resume', () => {
    expect(buildAdviceProfile(null, [])).toMatchObject({ hasResume: false, skills: [], words: [], regions: [], alerts: 0 });
  });
});
