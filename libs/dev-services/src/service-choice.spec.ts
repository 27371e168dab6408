import { describe, it } from 'node:test';
import { expect } from 'expect';
import { chooseService, POSTGRES_DEFAULT, REDIS_DEFAULT } from './service-choice';

const asked: string[] = [];
const answering = (answers: boolean) => async (host: string, port: number) => {
  asked.push(`${host}:${port}`);
  return answers;
};

describe('chooseService', () => {
  it('uses a URL that is set as it is, without probing the default address', async () => {
    asked.length = 0;
    const choice = await chooseService(POSTGRES_DEFAULT, { DATABASE_URL: 'postgres://db:5433/x' }, answering(false));
    expect(choice).toEqual({ use: 'url', url: 'postgres://db:5433/x', isDefault: false });
    expect(asked).toEqual([]);
  });

  it('runs its own when asked with "embedded"', async () => {
    expect(await chooseService(REDIS_DEFAULT, { REDIS_URL: ' embedded ' }, answering(true))).toEqual({
      use: 'embedded',
      because: 'REDIS_URL=embedded',
    });
  });

  it('uses the default address when something answers there, and runs its own when nothing does', async () => {
    asked.length = 0;
    expect(await chooseService(POSTGRES_DEFAULT, {}, answering(true))).toEqual({ use: 'url', url: POSTGRES_DEFAULT.url, isDefault: true });
    expect(await chooseService(REDIS_DEFAULT, { REDIS_URL: '' }, answering(false))).toEqual({
      use: 'embedded',
      because: 'REDIS_URL unset and nothing answers on 127.0.0.1:6379',
    });
    expect(asked).toEqual(['127.0.0.1:5432', '127.0.0.1:6379']);
  });
});
