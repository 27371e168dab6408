import { describe, it } from 'node:test';
import { expect } from 'expect';
import { retryWhileDatabaseUnavailable } from './retry-while-database-unavailable.util';

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

describe('retryWhileDatabaseUnavailable', () => {
  it('tries again while Postgres cannot be reached, then returns what the write returned', async () => {
    let calls = 0;
    const result = await retryWhileDatabaseUnavailable(
      async () => {
        calls += 1;
        if (calls < 3) throw refused();
        return 'written';
      },
      { firstWaitMs: 1 },
    );
    expect({ result, calls }).toEqual({ result: 'written', calls: 3 });
  });

  it('throws any other error at once', async () => {
    let calls = 0;
    const write = async () => {
      calls += 1;
      throw new Error('duplicate key value violates unique constraint');
    };
    await expect(retryWhileDatabaseUnavailable(write, { firstWaitMs: 1 })).rejects.toThrow('duplicate key');
    expect(calls).toBe(1);
  });

  it('gives up when the budget runs out', async () => {
    let calls = 0;
    const write = async () => {
      calls += 1;
      throw refused();
    };
    await expect(retryWhileDatabaseUnavailable(write, { forMs: 30, firstWaitMs: 5 })).rejects.toThrow('ECONNREFUSED');
    expect(calls).toBeGreaterThan(1);
  });
});
