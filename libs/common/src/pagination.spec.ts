import { describe, it } from 'node:test';
import { expect } from 'expect';
import { DomainError } from './domain-error';
import { decodeCursor, encodeCursor, isCreatedAtPosition, toPage } from './pagination';

describe('cursor pagination', () => {
  const position = { createdAt: '2026-01-02T03:04:05.000Z', id: '6f1c2a4e-0000-4000-8000-000000000001' };

  it('round-trips a position through an opaque cursor', () => {
    const cursor = encodeCursor(position);
    expect(cursor).not.toContain('createdAt');
    expect(decodeCursor(cursor, isCreatedAtPosition)).toEqual(position);
  });

  it('rejects a cursor the server did not issue, naming the cursor field', () => {
    const cursor = encodeCursor(position);
    const forged = Buffer.from(JSON.stringify({ ...position, id: 'other' })).toString('base64url') + cursor.slice(cursor.indexOf('.'));
    for (const bad of ['garbage', forged, `${cursor}x`, `${cursor}.extra`, '']) {
      try {
        decodeCursor(bad, isCreatedAtPosition);
        throw new Error(`accepted ${bad}`);
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).errors?.[0]?.field).toBe('cursor');
      }
    }
  });

  it('builds a page from limit + 1 rows and points the cursor at the last visible row', () => {
    const rows = [1, 2, 3].map((n) => ({ id: `id${n}`, createdAt: `2026-01-0${n}T00:00:00.000Z` }));
    const page = toPage(
      rows,
      2,
      (row) => row.id,
      (row) => ({ id: row.id, createdAt: row.createdAt }),
    );
    expect(page.items).toEqual(['id1', 'id2']);
    expect(decodeCursor(page.nextCursor!, isCreatedAtPosition)).toEqual({ id: 'id2', createdAt: '2026-01-02T00:00:00.000Z' });
    expect(
      toPage(
        rows.slice(0, 2),
        2,
        (row) => row.id,
        (row) => row,
      ).nextCursor,
    ).toBeNull();
  });
});
