import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareDatabase } from '@app/database';
import { devPaths, DevPaths, EmbeddedPostgres, findFreePort, startEmbeddedPostgres } from '@app/dev-services';
import { createScratchVarDir, HttpResponse, ScratchVarDir, startApi, TestApi, testConfig } from '@app/testing';

/* The api over an embedded Postgres of its own, so killing that server disturbs no other test. */
describe('the api through a Postgres outage', () => {
  let varDir: ScratchVarDir;
  let paths: DevPaths;
  let port: number;
  let postgres: EmbeddedPostgres;
  let api: TestApi;
  const start = () =>
    startEmbeddedPostgres({ dataDir: paths.postgresData, passwordFile: paths.postgresPassword, logFile: paths.postgresLog, port });

  async function untilStatus(path: string, expected: number, timeoutMs = 15_000): Promise<HttpResponse> {
    const deadline = Date.now() + timeoutMs;
    let response = await api.http.get(path);
    while (response.status !== expected && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      response = await api.http.get(path);
    }
    return response;
  }

  before(async () => {
    varDir = createScratchVarDir();
    paths = devPaths(varDir.path);
    port = await findFreePort();
    postgres = await start();
    await prepareDatabase(postgres.url);
    api = await startApi(testConfig(postgres.url));
  });
  after(async () => {
    await api.close();
    await postgres.process.stop();
    varDir.remove();
  });

  it('answers 503 (problem+json on readiness and database routes, the error page on pages) while Postgres is down, and recovers once it is back', async () => {
    expect((await untilStatus('/health/ready', 200)).status).toBe(200);
    expect((await api.http.get('/v1/jobs')).status).toBe(200);

    process.kill(Number(readFileSync(join(paths.postgresData, 'postmaster.pid'), 'utf8').split('\n')[0]), 'SIGKILL');
    await postgres.process.exited;

    const ready = await untilStatus('/health/ready', 503);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('content-type')).toContain('application/problem+json');
    expect(ready.body).toMatchObject({
      type: 'urn:jobboard:problem:unavailable',
      status: 503,
      detail: 'Not ready: postgres is down',
      checks: { postgres: 'down', redis: 'up' },
    });

    for (const path of ['/v1/jobs', '/v1/jobs?q=engineer', '/v1/guides']) {
      const route = await api.http.get(path);
      expect({ path, status: route.status }).toEqual({ path, status: 503 });
      expect(route.headers.get('content-type')).toContain('application/problem+json');
      expect(route.body.detail).toMatch(/^A dependency is unavailable; try again shortly \(error id [0-9a-f-]{36}\)$/);
      expect(route.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|SELECT|\bat .+\.js/);
    }

    const page = await api.http.get('/jobs');
    expect(page.status).toBe(503);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.text).not.toMatch(/ECONNREFUSED|SELECT|\bat .+\.js/);

    postgres = await start();
    expect((await untilStatus('/health/ready', 200)).status).toBe(200);
    expect((await untilStatus('/v1/jobs', 200)).status).toBe(200);
  });
});
