export * from './dashboard-stats';
export * from './dashboard-stats.service';
export * from './stats.module';
