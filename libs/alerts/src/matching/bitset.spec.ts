import { describe, it } from 'node:test';
import { expect } from 'expect';
import { and, countBelow, emptyBits, forEachBitBelow, fullBits, hasBit, setBit } from './bitset.util';

describe('bitsets', () => {
  it('sets, intersects, counts and visits bits across word boundaries', () => {
    const a = emptyBits(100);
    const b = fullBits(100);
    for (const i of [0, 31, 32, 63, 64, 99]) setBit(a, i);
    const both = and(a, b);
    expect([0, 31, 32, 99].every((i) => hasBit(both, i))).toBe(true);
    expect(hasBit(both, 1)).toBe(false);
    expect(countBelow(both, 100)).toBe(6);
    expect(countBelow(both, 64)).toBe(4);
    expect(countBelow(fullBits(100), 100)).toBe(100);
    const seen: number[] = [];
    forEachBitBelow(both, 64, (i) => (seen.push(i), true));
    expect(seen).toEqual([0, 31, 32, 63]);
    const firstTwo: number[] = [];
    forEachBitBelow(both, 100, (i) => (firstTwo.push(i), firstTwo.length < 2));
    expect(firstTwo).toEqual([0, 31]);
  });
});
