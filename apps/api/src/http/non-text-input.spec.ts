import { describe, it } from 'node:test';
import { expect } from 'expect';
import { MAX_INPUT_DEPTH, MAX_OBJECT_KEYS, nonTextFields } from './non-text-input';

describe('nonTextFields', () => {
  it('passes text with tabs, line breaks, emoji and other scripts', () => {
    expect(nonTextFields({ q: 'go\trust\r\n', name: 'Zoë 👩‍💻 日本語', tags: ['a', 'b'], n: 3, ok: true, none: null }, 'body')).toEqual([]);
  });

  it('names each string with a control character, NUL or a noncharacter, as the validation pipe names fields', () => {
    expect(nonTextFields({ q: 'a\u0000', criteria: { tags: ['ok', '\u001b[31m'] }, list: [{ title: '\ufffe' }] }, 'body')).toEqual([
      { field: 'q', message: 'must not contain control characters' },
      { field: 'criteria.tags[1]', message: 'must not contain control characters' },
      { field: 'list[0].title', message: 'must not contain control characters' },
    ]);
  });

  it('names unpaired surrogates of either half, and passes a proper pair', () => {
    expect(nonTextFields({ a: '\ud800', b: 'x\udc00y', c: '\ud83d\ude00' }, 'body').map((e) => e.field)).toEqual(['a', 'b']);
  });

  it('names a root value by its kind, and a bad key by its escaped spelling', () => {
    expect(nonTextFields('\u0000', 'idOrSlug')).toEqual([{ field: 'idOrSlug', message: 'must not contain control characters' }]);
    expect(nonTextFields({ 'k\u0000': 1 }, 'body')).toEqual([
      { field: 'k\\u0000', message: 'is not a valid field name: it must not contain control characters' },
    ]);
  });

  it('refuses nesting past the limit without recursing, whatever the depth', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(nonTextFields(deep, 'body')).toEqual([
      { field: '[0]'.repeat(MAX_INPUT_DEPTH), message: `is nested deeper than ${MAX_INPUT_DEPTH} levels` },
    ]);
    let fine: unknown = 'x';
    for (let i = 0; i < MAX_INPUT_DEPTH; i++) fine = { a: fine };
    expect(nonTextFields(fine, 'body')).toEqual([]);
  });

  it('refuses an object with more members than any input of ours, naming it once', () => {
    const wide = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i]));
    expect(nonTextFields({ criteria: wide }, 'body')).toEqual([{ field: 'criteria', message: `has more than ${MAX_OBJECT_KEYS} fields` }]);
    expect(nonTextFields(Object.fromEntries(Array.from({ length: MAX_OBJECT_KEYS }, (_, i) => [`k${i}`, i])), 'body')).toEqual([]);
  });

  it('reports at most 20 fields of a huge hostile input, and skips binary bodies', () => {
    expect(
      nonTextFields(
        Array.from({ length: 1000 }, () => '\u0000'),
        'body',
      ),
    ).toHaveLength(20);
    expect(nonTextFields(Buffer.from([0, 1, 2]), 'body')).toEqual([]);
  });
});
