import { describe, it } from 'node:test';
import { expect } from 'expect';
import { publishTimeWindows } from './publish-time-windows.util';

describe('publishTimeWindows', () => {
  const top = new Date('2026-11-29T10:30:00Z');

  it('uses hour lexemes for narrow windows and day lexemes for wide ones, back to back', () => {
    const windows = publishTimeWindows(top, [new Date('2026-11-29T08:10:00Z'), new Date('2026-11-20T01:00:00Z')]);
    expect(windows).toEqual([
      { tsquery: "'_h2026112910' | '_h2026112909' | '_h2026112908'", from: new Date('2026-11-29T08:00:00Z') },
      {
        tsquery:
          "'_d20261129' | '_d20261128' | '_d20261127' | '_d20261126' | '_d20261125' | '_d20261124' | '_d20261123' | '_d20261122' | '_d20261121' | '_d20261120'",
        from: new Date('2026-11-20T00:00:00Z'),
      },
    ]);
  });

  it('switches to day lexemes once a window would need more than 8 hour lexemes', () => {
    const [eight] = publishTimeWindows(top, [new Date('2026-11-29T03:10:00Z')]);
    expect(eight!.tsquery.split(' | ')).toHaveLength(8);
    const [nine] = publishTimeWindows(top, [new Date('2026-11-29T02:10:00Z')]);
    expect(nine).toEqual({ tsquery: "'_d20261129'", from: new Date('2026-11-29T00:00:00Z') });
  });

  it('skips a start inside the previous window and stops before a window of more than 72 days', () => {
    expect(publishTimeWindows(top, [new Date('2026-11-29T08:10:00Z'), new Date('2026-11-29T09:00:00Z')])).toHaveLength(1);
    expect(publishTimeWindows(top, [new Date('2026-01-01T00:00:00Z')])).toEqual([]);
  });
});
