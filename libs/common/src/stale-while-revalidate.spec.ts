import { describe, it } from 'node:test';
import { expect } from 'expect';
import { StaleWhileRevalidate } from './stale-while-revalidate';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('StaleWhileRevalidate', () => {
  it('loads a key once while fresh, then answers the last value while one reload runs', async () => {
    let loads = 0;
    const cache = new StaleWhileRevalidate<string, number>(40, async () => {
      loads += 1;
      await sleep(5);
      return loads;
    });
    expect(await Promise.all([cache.get('a'), cache.get('a')])).toEqual([1, 1]);
    expect(loads).toBe(1);
    await sleep(50);
    expect(await Promise.all([cache.get('a'), cache.get('a')])).toEqual([1, 1]);
    expect(loads).toBe(2);
    await sleep(10);
    expect(await cache.get('a')).toBe(2);
    expect(await cache.get('b')).toBe(3);
  });

  it('forgets a failed first load, and keeps the last value when a reload fails', async () => {
    let fail = true;
    let loads = 0;
    const cache = new StaleWhileRevalidate<string, number>(20, async () => {
      loads += 1;
      if (fail) throw new Error('down');
      return loads;
    });
    await expect(cache.get('a')).rejects.toThrow('down');
    fail = false;
    expect(await cache.get('a')).toBe(2);
    fail = true;
    await sleep(30);
    expect(await cache.get('a')).toBe(2);
    await sleep(5);
    expect(await cache.get('a')).toBe(2);
    expect(loads).toBe(3);
  });
});
