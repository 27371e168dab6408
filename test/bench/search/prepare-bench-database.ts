import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { buildDataSourceOptions, prepareDatabase } from '@app/database';
import { seedGeneratedListings } from '@app/jobs';

/** Migrates the bench database and (re)seeds it with exactly `count` published listings unless it has them. */
export async function prepareBenchDatabase(config: AppConfig, count: number, log: (line: string) => void): Promise<DataSource> {
  await prepareDatabase(config.database.url);
  const dataSource = new DataSource({ ...buildDataSourceOptions(config.database.url, { poolSize: 8 }), logging: false });
  await dataSource.initialize();
  const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM job_listings WHERE status = 'published' AND expires_at > now()`);
  const [{ total }] = await dataSource.query('SELECT count(*)::int AS total FROM job_listings');
  if (n === count && total === count && !process.env.BENCH_RESEED) {
    log(`bench database already holds ${count} open listings`);
  } else {
    log(`seeding ${count} listings into ${new URL(config.database.url).pathname.slice(1)} …`);
    await dataSource.query('TRUNCATE job_listings, companies CASCADE');
    const started = Date.now();
    await seedGeneratedListings(dataSource, {
      count,
      usdRates: config.jobs.usdRates,
      expiryDays: config.jobs.defaultExpiryDays,
      onProgress: progress(),
    });
    log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  await dataSource.query('VACUUM ANALYZE job_listings');
  return dataSource;
}

function progress(): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    if (done < total && Date.now() - last < 250) return;
    last = Date.now();
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r  [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${done >= total ? '\n' : ''}`);
  };
}
