import { describe, it } from 'node:test';
import { expect } from 'expect';
import { normalizeEmail } from './normalize-email.util';

describe('normalizeEmail', () => {
  it('trims and lower-cases, so differently typed addresses are one account', () => {
    expect(normalizeEmail('  Ada.Lovelace@Example.COM\t')).toBe('ada.lovelace@example.com');
    expect(normalizeEmail('ada.lovelace@example.com')).toBe('ada.lovelace@example.com');
  });
});
