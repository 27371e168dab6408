import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { seedAccounts } from '@app/accounts';
import { seedCareerGuides } from '@app/career-guides';
import { AppConfig, loadConfig, StartupError } from '@app/config';
import { buildDataSourceOptions, prepareDatabase } from '@app/database';
import { seedJobs } from '@app/jobs';
import { seedResumes } from '@app/resumes';

/*
 * `npm run seed [-- --listings N --alerts M]`: idempotent demo data, plus large generated data on request.
 * Each domain contributes one seeder (libs/<domain>/src/seed/<domain>.seeder.ts); add yours to SEEDERS.
 */
export interface SeedOptions {
  config: AppConfig;
  /** Generated listings to add on top of the demo data (0: demo data only). */
  listings: number;
  /** Generated alerts to add (0: none). */
  alerts: number;
  /** A progress reporter that draws a bar on stderr. */
  progress: (label: string) => (done: number, total: number) => void;
  log: (message: string) => void;
}

export type Seeder = (dataSource: DataSource, options: SeedOptions) => Promise<void>;

const SEEDERS: Array<{ name: string; run: Seeder }> = [
  { name: 'accounts', run: seedAccounts },
  { name: 'jobs', run: seedJobs },
  { name: 'resumes', run: seedResumes },
  { name: 'career-guides', run: async (dataSource, { log }) => log(`career guides: ${await seedCareerGuides(dataSource)} added`) },
];

function readCount(args: string[], flag: string): number {
  const index = args.indexOf(flag);
  if (index === -1) return 0;
  const value = Number(args[index + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${flag} needs a whole number (got "${args[index + 1] ?? ''}")`);
  return value;
}

function progressBar(label: string): (done: number, total: number) => void {
  const started = Date.now();
  let lastDraw = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - lastDraw < 100) return;
    lastDraw = now;
    const width = 30;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const rate = Math.round(done / Math.max(0.001, (now - started) / 1000));
    process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${rate}/s `);
    if (done >= total) process.stderr.write(`in ${((now - started) / 1000).toFixed(1)} s\n`);
  };
}

/** `npm start` seeds only an empty database: one with no users, listings or guides. */
async function holdsData(dataSource: DataSource): Promise<boolean> {
  const [row] = await dataSource.query(
    'SELECT EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM job_listings) OR EXISTS (SELECT 1 FROM career_guides) AS found',
  );
  return row.found === true;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const config = loadConfig();
  const options: SeedOptions = {
    config,
    listings: readCount(args, '--listings'),
    alerts: readCount(args, '--alerts'),
    progress: progressBar,
    log: (message) => process.stderr.write(`${message}\n`),
  };
  await prepareDatabase(config.database.url);
  const dataSource = new DataSource({ ...buildDataSourceOptions(config.database.url, { poolSize: 4 }), logging: false });
  await dataSource.initialize();
  try {
    if (args.includes('--if-empty') && (await holdsData(dataSource))) {
      options.log('seed: the database already holds data; demo data not added (run `npm run seed` to add it anyway)');
      return;
    }
    for (const seeder of SEEDERS) {
      options.log(`seeding ${seeder.name}`);
      await seeder.run(dataSource, options);
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof StartupError ? error.message : `Seed failed: ${(error as Error).message}`}\n`);
  process.exit(1);
});
