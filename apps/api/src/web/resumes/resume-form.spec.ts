import { describe, it } from 'node:test';
import { expect } from 'expect';
import { labelOf, resumeFormValues, toResumeBody } from './resume-form';

describe('the resume form', () => {
  it('reads list rows from their posted names, in order, dropping wholly blank rows, and posts blanks as null', () => {
    const values = resumeFormValues({
      headline: 'Dev',
      summary: '',
      skills: 'Go, Rust\nSQL',
      'experience[1].title': 'Second',
      'experience[1].company': 'B',
      'experience[1].start': '2020-01',
      'experience[0].title': 'First',
      'experience[0].company': 'A',
      'experience[0].start': '2019-01',
      'experience[2].title': ' ',
      'experience[2].bogus': 'x',
      'links[0].label': '',
      'links[0].url': '',
      visibility: 'public',
    });
    expect(values.experience.map((row) => row.title)).toEqual(['First', 'Second']);
    expect(values.links).toEqual([]);
    const body = toResumeBody(values);
    expect(body.skills).toEqual(['Go', ' Rust', 'SQL']);
    expect(body.location).toBeNull();
    expect(body.experience).toEqual([
      { title: 'First', company: 'A', start: '2019-01', end: null, description: null },
      { title: 'Second', company: 'B', start: '2020-01', end: null, description: null },
    ]);
    expect(labelOf('experience[1].start')).toBe('Started');
  });
});
