import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { seedDemoListings } from './seed-demo-listings';
import { seedGeneratedListings } from './seed-generated-listings';

export interface JobsSeedOptions {
  config: AppConfig;
  listings: number;
  progress: (label: string) => (done: number, total: number) => void;
  log: (message: string) => void;
}

/** Demo companies and listings (idempotent), then `listings` generated ones when asked for. */
export async function seedJobs(dataSource: DataSource, options: JobsSeedOptions): Promise<void> {
  const demo = await seedDemoListings(dataSource, {
    usdRates: options.config.jobs.usdRates,
    expiryDays: options.config.jobs.defaultExpiryDays,
  });
  options.log(`demo listings: ${demo} added`);
  if (options.listings > 0) {
    const added = await seedGeneratedListings(dataSource, {
      count: options.listings,
      usdRates: options.config.jobs.usdRates,
      expiryDays: options.config.jobs.defaultExpiryDays,
      onProgress: options.progress('listings'),
    });
    options.log(`generated listings: ${added} added`);
  }
}
