import { describe, it } from 'node:test';
import { expect } from 'expect';
import { renderDigestMail } from './render-digest-mail.util';

const listing = {
  id: 'l1',
  slug: 'go-engineer',
  title: 'Go <Engineer>',
  companyName: 'Acme & Co',
  regions: ['Europe', 'USA'],
  employmentType: 'full_time',
  remote: true,
  salaryMin: 100000,
  salaryMax: 130000,
  salaryCurrency: 'USD',
  salaryPeriod: 'year',
  url: 'https://jobs.example/jobs/go-engineer',
};

describe('digest mail', () => {
  const mail = renderDigestMail({
    frequency: 'daily',
    manageUrl: 'https://jobs.example/me/alerts',
    sections: [
      { alertName: 'Go jobs', listings: [listing], more: 3, moreUrl: 'https://jobs.example/jobs?q=go', unsubscribeUrl: 'https://u/1' },
      {
        alertName: 'Remote',
        listings: [{ ...listing, id: 'l2', salaryMin: null, salaryMax: null, regions: [] }],
        more: 0,
        moreUrl: '',
        unsubscribeUrl: 'https://u/2',
      },
    ],
  });

  it('names the count and the alerts in the subject', () => {
    expect(mail.subject).toBe('2 new jobs for "Go jobs" and 1 other alert');
  });

  it('shows title, company, regions, type, salary and link for each listing in both parts', () => {
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('Europe, USA');
      expect(part).toContain('Full-time, remote');
      expect(part).toContain('USD 100,000–130,000 / year');
      expect(part).toContain('https://jobs.example/jobs/go-engineer');
      expect(part).toContain('Anywhere');
      expect(part).toContain('Salary not stated');
      expect(part).toContain('https://jobs.example/me/alerts');
    }
    expect(mail.text).toContain('Go <Engineer> at Acme & Co');
    expect(mail.html).toContain('Go &lt;Engineer&gt;');
    expect(mail.html).toContain('Acme &amp; Co');
    expect(mail.html).not.toContain('<Engineer>');
  });

  it('counts the listings not shown', () => {
    expect(mail.text).toContain('...and 3 more: https://jobs.example/jobs?q=go');
    expect(mail.html).toContain('…and 3 more');
  });
});
