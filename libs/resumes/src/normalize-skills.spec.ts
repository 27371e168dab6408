import { describe, it } from 'node:test';
import { expect } from 'expect';
import { normalizeSkills } from './normalize-skills.util';

describe('normalizeSkills', () => {
  it('trims, drops empty ones and keeps the first spelling of a skill repeated in another case', () => {
    expect(normalizeSkills(['  TypeScript ', 'typescript', 'Node.js', '', '   ', 'NODE.JS', 'Postgre  SQL'])).toEqual([
      'TypeScript',
      'Node.js',
      'Postgre SQL',
    ]);
  });
});
