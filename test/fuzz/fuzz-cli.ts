import 'reflect-metadata';
import { startFuzzWorld } from './fuzz-world';
import { formatReport, runFuzz } from './run-fuzz';

/*
 * `npm run fuzz -- [--seed N] [--requests M] [--concurrency C] [--only I]`: one long fuzz run against a fresh
 * world (own database, the real API, a local Stripe). Prints the seed, progress and every kind of finding
 * with its first request; exits 1 when anything was found. `--only I` replays request I of the seed.
 */
function option(name: string): number | undefined {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return undefined;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
}

async function main(): Promise<void> {
  const seed = option('seed') ?? Math.floor(Math.random() * 2 ** 31);
  const requests = option('requests') ?? 20_000;
  const only = option('only');
  process.stdout.write(`fuzz seed ${seed}${only !== undefined ? `, request #${only} only` : `, ${requests} requests`}\n`);
  const world = await startFuzzWorld();
  try {
    const report = await runFuzz(world, {
      seed,
      requests,
      only,
      concurrency: option('concurrency'),
      onProgress: (sent, findings) =>
        process.stdout.write(`  ${sent} sent, ${findings} failing so far (slow ones are sent again at the end)\n`),
    });
    process.stdout.write(`${formatReport(report, 100)}\n`);
    process.exitCode = report.findings.length > 0 ? 1 : 0;
  } finally {
    await world.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`fuzz run failed: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(2);
});
