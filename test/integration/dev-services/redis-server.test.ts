import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { dirname } from 'node:path';
import Redis from 'ioredis';
import { describeExit, devPaths, DevPaths, findRedisServer, LocalRedis, startRedisServer } from '@app/dev-services';
import { createScratchVarDir, ScratchVarDir } from '@app/testing';

describe('the local redis-server', () => {
  let varDir: ScratchVarDir;
  let paths: DevPaths;
  const binary = findRedisServer();
  const start = (): Promise<LocalRedis> => startRedisServer({ binary: binary!, dataDir: paths.redisData, logFile: paths.redisLog });

  before(() => {
    varDir = createScratchVarDir();
    paths = devPaths(varDir.path);
  });
  after(() => varDir.remove());

  it('is found on PATH, and only there', () => {
    expect(binary).toMatch(/\/redis-server$/);
    expect(findRedisServer(dirname(binary!))).toBe(binary);
    expect(findRedisServer('/nonexistent:/also-not-here')).toBeNull();
    expect(findRedisServer('')).toBeNull();
  });

  it('keeps what it holds in its data folder from one start to the next', async () => {
    const first = await start();
    const client = new Redis(first.url, { lazyConnect: true });
    await client.connect();
    await client.set('kept', 'written by the first start');
    client.disconnect();
    expect(describeExit(await first.process.stop())).toBe('exit code 0');

    const second = await start();
    expect(second.port).not.toBe(0);
    const again = new Redis(second.url, { lazyConnect: true });
    await again.connect();
    expect(await again.get('kept')).toBe('written by the first start');
    again.disconnect();
    await second.process.stop();
  });
});
