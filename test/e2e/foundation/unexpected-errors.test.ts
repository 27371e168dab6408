import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { Controller, Get, Module } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Writable } from 'node:stream';
import { AppLogger, createPino } from '@app/observability';
import { createTestDatabase, startApi, TestApi, TestDatabase, testConfig } from '@app/testing';
import { Public } from '../../../apps/api/src/http/public.decorator';

let releaseSlow: () => void = () => undefined;
let onSlowReached: () => void = () => undefined;

/** A fixture of this test, not part of the API: left out of its OpenAPI document. */
@ApiExcludeController()
@Public()
@Controller('test-only')
class FaultyController {
  @Get('boom')
  boom(): never {
    throw new Error('relation "secret_table" does not exist at SELECT * FROM users');
  }

  @Get('slow')
  async slow(): Promise<{ finished: boolean }> {
    await new Promise<void>((resolve) => {
      releaseSlow = resolve;
      onSlowReached();
    });
    return { finished: true };
  }
}

@Module({ controllers: [FaultyController] })
class FaultyModule {}

describe('unexpected errors and shutdown', () => {
  const lines: Array<Record<string, any>> = [];
  let db: TestDatabase;
  let api: TestApi;

  before(async () => {
    db = await createTestDatabase();
    const capture = new Writable({
      write(chunk, _encoding, callback) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        callback();
      },
    });
    const logger = new AppLogger(createPino('info', { service: 'api' }, capture));
    api = await startApi(testConfig(db.url), { logger, extraImports: [FaultyModule] });
  });
  after(async () => {
    await api.close().catch(() => undefined);
    await db.drop();
  });

  it('answers 500 with an errorId, never the internal message, and logs the same id with the stack', async () => {
    const response = await api.http.get('/v1/test-only/boom');
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body.errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.text).not.toMatch(/secret_table|SELECT|at .*\.js/);
    const logged = lines.find((line) => line.errorId === response.body.errorId);
    expect(logged).toBeDefined();
    expect(logged!.err.stack).toContain('secret_table');
    expect(logged!.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('lets an in-flight request finish when the app is closed', async () => {
    const reached = new Promise<void>((resolve) => (onSlowReached = resolve));
    const inFlight = api.http.get('/v1/test-only/slow');
    await reached;
    const closing = api.close();
    await new Promise((r) => setTimeout(r, 100));
    releaseSlow();
    const response = await inFlight;
    await closing;
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ finished: true });
  });
});
