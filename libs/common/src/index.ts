export * from './clock';
export * from './domain-error';
export * from './pagination';
export * from './personal-data-source';
export * from './close-on-signals';
export * from './stale-while-revalidate';
