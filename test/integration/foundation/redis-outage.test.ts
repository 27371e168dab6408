import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createTestDatabase, startApi, TestApi, TestDatabase, testConfig } from '@app/testing';

/* A private redis-server on its own port, so stopping it does not disturb other tests. */
async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function startRedis(port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Ready to accept connections')) resolve(child);
    });
    child.on('error', reject);
  });
}

function stopRedis(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

async function readyStatusUntil(api: TestApi, expected: number, timeoutMs = 15_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let status = 0;
  while (Date.now() < deadline) {
    status = (await api.http.get('/health/ready')).status;
    if (status === expected) return status;
    await new Promise((r) => setTimeout(r, 250));
  }
  return status;
}

describe('readiness through a Redis outage', () => {
  let db: TestDatabase;
  let api: TestApi;
  let redis: ChildProcess;
  let port: number;

  before(async () => {
    port = await freePort();
    redis = await startRedis(port);
    db = await createTestDatabase();
    api = await startApi(testConfig(db.url, { REDIS_URL: `redis://127.0.0.1:${port}` }));
  });
  after(async () => {
    await api.close();
    await db.drop();
    if (redis.exitCode === null) await stopRedis(redis);
  });

  it('answers 503 while Redis is down and 200 again once it is back, without restarting the api', async () => {
    expect(await readyStatusUntil(api, 200)).toBe(200);

    await stopRedis(redis);
    expect(await readyStatusUntil(api, 503)).toBe(503);
    const down = await api.http.get('/health/ready');
    expect(down.body.checks).toEqual({ postgres: 'up', redis: 'down' });

    redis = await startRedis(port);
    expect(await readyStatusUntil(api, 200)).toBe(200);
  });
});
