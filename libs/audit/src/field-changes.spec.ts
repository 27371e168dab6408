import { describe, it } from 'node:test';
import { expect } from 'expect';
import { fieldChanges } from './field-changes.util';

describe('fieldChanges', () => {
  it('lists only the compared fields whose values differ, with before and after', () => {
    const before = { title: 'Old', tags: ['a'], salaryMin: 10, status: 'draft' };
    const after = { title: 'New', tags: ['a'], salaryMin: 10, status: 'published' };
    expect(fieldChanges(before, after, ['title', 'tags', 'salaryMin'])).toEqual({ title: { from: 'Old', to: 'New' } });
  });

  it('lists every given field with its new value for a creation, dates as ISO text', () => {
    const at = new Date('2026-01-02T03:04:05.000Z');
    expect(
      fieldChanges<{ title: string; publishedAt: Date; remote?: boolean }>(null, { title: 'T', publishedAt: at }, [
        'title',
        'publishedAt',
        'remote',
      ]),
    ).toEqual({
      title: { to: 'T' },
      publishedAt: { to: '2026-01-02T03:04:05.000Z' },
    });
  });

  it('treats a list that changed order or content as changed, and null and undefined as the same', () => {
    expect(fieldChanges({ tags: ['a', 'b'], location: null }, { tags: ['b', 'a'], location: undefined }, ['tags', 'location'])).toEqual({
      tags: { from: ['a', 'b'], to: ['b', 'a'] },
    });
  });
});
