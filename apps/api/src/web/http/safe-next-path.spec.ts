import { describe, it } from 'node:test';
import { expect } from 'expect';
import { safeNextPath } from './safe-next-path';

describe('safeNextPath', () => {
  it('keeps a path of our own origin, with its query', () => {
    expect(safeNextPath('/me/alerts?x=1')).toBe('/me/alerts?x=1');
    expect(safeNextPath('/admin')).toBe('/admin');
  });

  it('never leaves our origin', () => {
    for (const next of [
      'https://evil.test',
      '//evil.test',
      '/\\evil.test',
      'evil.test',
      '/%0d%0a',
      '/\tx',
      'javascript:alert(1)',
      '/\u0000',
    ]) {
      expect(safeNextPath(next)).toBe(next === '/%0d%0a' ? '/%0d%0a' : '/');
    }
  });

  it('does not loop back into the account forms or take anything that is not a string', () => {
    expect(safeNextPath('/login?next=/me')).toBe('/');
    expect(safeNextPath('/logout')).toBe('/');
    expect(safeNextPath(['/me'])).toBe('/');
    expect(safeNextPath(undefined, '/me')).toBe('/me');
  });
});
