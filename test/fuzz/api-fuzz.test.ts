import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import { FuzzWorld, startFuzzWorld } from './fuzz-world';
import { formatReport, runFuzz } from './run-fuzz';

/** Fixed, so every `npm test` sends the same requests; `npm run fuzz -- --seed N --requests M` explores further. */
const SEED = 17_001;
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 3_000);

describe('fuzzing the API with hostile input', () => {
  let world: FuzzWorld;

  before(async () => {
    world = await startFuzzWorld();
  });
  after(() => world.close());

  it('answers every request of the fixed seed within 2 s, never 5xx, errors as problem+json, nothing leaked', async () => {
    const report = await runFuzz(world, { seed: SEED, requests: REQUESTS });
    const text = formatReport(report);
    process.stdout.write(`${text.split('\n')[0]}\n`);
    expect(report.sent).toBe(REQUESTS);
    if (report.findings.length > 0) throw new Error(text);
  });
});
