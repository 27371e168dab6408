import { describe, it } from 'node:test';
import { expect } from 'expect';
import { isRedisUnavailable } from './is-redis-unavailable.util';

describe('isRedisUnavailable', () => {
  it('recognises what ioredis raises while Redis is down', () => {
    expect(isRedisUnavailable(new Error("Stream isn't writeable and enableOfflineQueue options is false"))).toBe(true);
    expect(isRedisUnavailable(new Error('Connection is closed.'))).toBe(true);
    expect(
      isRedisUnavailable(
        Object.assign(new Error('Reached the max retries per request limit (which is 1).'), { name: 'MaxRetriesPerRequestError' }),
      ),
    ).toBe(true);
    expect(isRedisUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' }))).toBe(true);
  });

  it('leaves every other error alone', () => {
    expect(isRedisUnavailable(new Error('ERR syntax error'))).toBe(false);
    expect(isRedisUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isRedisUnavailable('Connection is closed.')).toBe(false);
  });
});
