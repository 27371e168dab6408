export * from './application-input';
export * from './application-review.service';
export * from './application-status';
export * from './application-view';
export * from './applications.module';
export * from './applications.service';
export * from './check-status-transition.util';
export * from './job-application.entity';
