import { describe, it } from 'node:test';
import { expect } from 'expect';
import { AlertLinks } from './alert-links.util';

describe('alert mail links', () => {
  const links = new AlertLinks('https://jobs.example');

  it('point at the pages for people, never at the JSON API', () => {
    expect(links.listing('go engineer/1')).toBe('https://jobs.example/jobs/go%20engineer%2F1');
    expect(links.manage()).toBe('https://jobs.example/me/alerts');
    expect(links.unsubscribe('u1.a+b/c.sig')).toBe('https://jobs.example/alerts/unsubscribe?token=u1.a%2Bb%2Fc.sig');
  });

  it('turn the criteria into the search page, skills as repeated tags', () => {
    expect(links.search({ q: 'go "platform"', remote: true, salaryMin: 90000, tags: ['go', 'k8s'] })).toBe(
      'https://jobs.example/jobs?q=go+%22platform%22&remote=true&salaryMin=90000&tag=go&tag=k8s',
    );
    expect(links.search({})).toBe('https://jobs.example/jobs');
  });
});
