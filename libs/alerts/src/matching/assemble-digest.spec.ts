import { describe, it } from 'node:test';
import { expect } from 'expect';
import { assembleDigest, newerThan } from './assemble-digest.util';
import { emptyBits, setBit } from './bitset.util';
import { FreshMatches, ServedAlert } from './digest-section';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 5, 8, minute));

/** A fresh set of listings l0 (newest) … l{n-1}, l{i} first published at minute 59 - i. */
function freshSet(size: number, matches: Record<string, number[]>): FreshMatches {
  const ids = Array.from({ length: size }, (_, i) => `l${i}`);
  const times = ids.map((_, i) => at(59 - i).getTime());
  const bits = new Map(
    Object.entries(matches).map(([key, positions]) => {
      const set = emptyBits(size);
      positions.forEach((position) => setBit(set, position));
      return [key, set];
    }),
  );
  return { ids, times, takenAt: Date.now(), matches: bits };
}

const alert = (id: string, key: string, cursorMinute = 0): ServedAlert => ({
  id,
  name: `alert ${id}`,
  criteria: {},
  criteriaKey: key,
  cursorAt: at(cursorMinute),
});

describe('assembling a digest', () => {
  it('keeps only listings first published after the cursor and never delivered, newest first', () => {
    const fresh = freshSet(60, { k: [29, 39, 54] }); // minutes 30, 20, 5
    const sections = assembleDigest([alert('1', 'k', 10)], fresh, new Set([39]));
    expect(sections).toEqual([{ alertId: '1', alertName: 'alert 1', criteria: {}, listingIds: ['l29'], more: 0 }]);
  });

  it('shows a listing matched by several alerts only once', () => {
    const fresh = freshSet(10, { x: [1, 2, 3], y: [2, 4] });
    const sections = assembleDigest([alert('A', 'x'), alert('B', 'y'), alert('C', 'x')], fresh, new Set());
    expect(sections.map((s) => [s.alertId, s.listingIds, s.more])).toEqual([
      ['A', ['l1', 'l2', 'l3'], 0],
      ['B', ['l4'], 0],
    ]);
  });

  it('shows at most the limit per alert and counts the rest, not counting what the mail shows elsewhere', () => {
    const positions = Array.from({ length: 25 }, (_, i) => i);
    const fresh = freshSet(40, { k: positions, other: [0, 30] });
    const [first, second] = assembleDigest([alert('1', 'k'), alert('2', 'other')], fresh, new Set([24]), 20);
    expect(first!.listingIds).toHaveLength(20);
    expect(first!.listingIds[0]).toBe('l0');
    expect(first!.more).toBe(4);
    expect(second).toMatchObject({ listingIds: ['l30'], more: 0 });
  });

  it('returns nothing when nothing is new', () => {
    expect(assembleDigest([alert('1', 'k', 50)], freshSet(60, { k: [55] }), new Set())).toEqual([]);
    expect(assembleDigest([alert('1', 'missing')], freshSet(3, {}), new Set())).toEqual([]);
  });

  it('finds the listings newer than a cursor by binary search', () => {
    const { times } = freshSet(60, {});
    expect(newerThan(times, at(59))).toBe(0);
    expect(newerThan(times, at(50))).toBe(9);
    expect(newerThan(times, at(-1))).toBe(60);
    expect(newerThan([], at(0))).toBe(0);
  });
});
