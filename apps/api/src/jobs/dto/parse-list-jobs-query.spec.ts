import { describe, it } from 'node:test';
import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { expect } from 'expect';
import { DomainError } from '@app/common';
import { SEARCH_LIMITS } from '@app/jobs';
import { createValidationPipe } from '../../http/validation.pipe';
import { ListJobsQueryDto } from './job-filters.dto';

/** Query-string values as Fastify hands them over: a string, or an array for a repeated key. */
const VALUES: Record<string, unknown[]> = {
  limit: ['1', '20', '100', '0', '101', '', 'abc', '5.5', '1e1', ' 7', '-1', ['1', '2']],
  cursor: ['abc', '', 'x'.repeat(512), 'x'.repeat(513), ['a', 'b']],
  q: [
    'engineer',
    '',
    '"machine learning" -python',
    'x'.repeat(SEARCH_LIMITS.qMaxLength + 1),
    '🚀'.repeat(SEARCH_LIMITS.qMaxLength),
    ['a', 'b'],
  ],
  category: ['engineering', 'data-science', 'Not A Slug', '', '-x', 'x'.repeat(SEARCH_LIMITS.categoryMaxLength + 1), ['engineering']],
  type: ['full_time', 'contract', 'forever', '', ['full_time']],
  seniority: ['senior', 'any', 'wizard', '', ['senior', 'junior']],
  region: ['Europe', 'anywhere', '', 'x'.repeat(SEARCH_LIMITS.regionMaxLength + 1), ['Europe', 'Asia']],
  remote: ['true', 'false', 'maybe', '', 'TRUE', ['true']],
  salaryMin: ['0', '140000', '-1', 'lots', '', '1.5', String(SEARCH_LIMITS.salaryMax), String(SEARCH_LIMITS.salaryMax + 1), ['1', '2']],
  currency: ['EUR', 'usd', '', 'EURO', ['EUR']],
  tag: [
    'python',
    'a,b',
    ',',
    '',
    ['go', 'rust,c'],
    'x'.repeat(SEARCH_LIMITS.tagMaxLength + 1),
    Array(SEARCH_LIMITS.maxTags + 1)
      .fill('t')
      .join(','),
  ],
  postedSince: ['2026-01-31', '2026-01-31T10:00:00Z', '2026-02-30', 'yesterday', '', ['2026-01-31'], '20260131', '2026-W05', '2026-031'],
  colour: ['red'],
  constructor: ['x'],
};

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

type Outcome = { ok: true; value: Record<string, unknown> } | { ok: false; fields: string[] };

async function outcome(run: () => unknown): Promise<Outcome> {
  try {
    return { ok: true, value: { ...((await run()) as object) } };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { ok: false, fields: [...new Set((error.errors ?? []).map((e) => e.field))].sort() };
  }
}

describe('parseListJobsQuery', () => {
  const pipe = createValidationPipe();
  const metadata: ArgumentMetadata = { type: 'query', metatype: ListJobsQueryDto, data: undefined };
  const reference = (raw: Record<string, unknown>) => ValidationPipe.prototype.transform.call(pipe, structuredClone(raw), metadata);

  it('accepts and rejects exactly what the DTO decorators do, with the same values and failing fields', async () => {
    const next = random(11);
    const keys = Object.keys(VALUES);
    const inputs: Array<Record<string, unknown>> = [{}];
    for (const key of keys) for (const value of VALUES[key]!) inputs.push({ [key]: value });
    for (let i = 0; i < 1500; i += 1) {
      const raw: Record<string, unknown> = {};
      for (const key of keys) {
        if (next() < (key === 'colour' || key === 'constructor' ? 0.03 : 0.3)) {
          const pool = VALUES[key]!;
          raw[key] = pool[Math.floor(next() * pool.length)];
        }
      }
      inputs.push(raw);
    }
    let accepted = 0;
    for (const raw of inputs) {
      const expected = await outcome(() => reference(raw));
      const actual = await outcome(() => pipe.transform(structuredClone(raw), metadata));
      expect({ raw, outcome: actual }).toEqual({ raw, outcome: expected });
      if (expected.ok) accepted += 1;
    }
    // Both kinds are well represented, so the comparison means something either way.
    expect(accepted).toBeGreaterThan(100);
    expect(inputs.length - accepted).toBeGreaterThan(100);
  });

  it('returns a ListJobsQueryDto with the route defaults', async () => {
    const parsed = await pipe.transform({ q: 'rust', remote: 'true', tag: 'a,b' }, metadata);
    expect(parsed).toBeInstanceOf(ListJobsQueryDto);
    expect({ ...(parsed as object) }).toEqual({ limit: 20, q: 'rust', remote: true, tag: ['a', 'b'] });
  });
});
