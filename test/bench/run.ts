import 'reflect-metadata';

/*
 * `npm run bench -- <suite>`: runs one benchmark suite against the compiled app (dist/).
 * Never part of `npm test`. Each suite prints a table and writes its section of docs/benchmarks.md.
 */
const SUITES: Record<string, () => Promise<{ run(): Promise<void> }>> = {
  search: () => import('./search/search.bench'),
  alerts: () => import('./alerts/alerts.bench'),
  web: () => import('./web/web.bench'),
  talent: () => import('./talent/talent.bench'),
  advice: () => import('./advice/advice.bench'),
  soak: () => import('./soak/soak.bench'),
};

async function main(): Promise<void> {
  const name = process.argv[2];
  const load = name ? SUITES[name] : undefined;
  if (!load) {
    process.stderr.write(`usage: npm run bench -- <${Object.keys(SUITES).join('|')}>\n`);
    process.exit(2);
  }
  await (await load()).run();
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
