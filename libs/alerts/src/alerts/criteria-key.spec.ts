import { describe, it } from 'node:test';
import { expect } from 'expect';
import { criteriaKey } from './criteria-key.util';

describe('criteria key', () => {
  it('is the same for the same criteria written in another order', () => {
    expect(criteriaKey({ category: 'backend', tags: ['go', 'aws'], remote: true })).toBe(
      criteriaKey({ remote: true, tags: ['aws', 'go'], category: 'backend' }),
    );
  });

  it('differs when any criterion differs', () => {
    const base = criteriaKey({ category: 'backend', remote: true });
    expect(criteriaKey({ category: 'backend', remote: false })).not.toBe(base);
    expect(criteriaKey({ category: 'backend' })).not.toBe(base);
    expect(criteriaKey({ q: 'backend', remote: true })).not.toBe(base);
  });
});
