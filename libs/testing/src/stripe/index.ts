export * from './form-body.util';
export * from './stripe-stub';
export * from './stripe-stub-hosted-pages';
export * from './stripe-stub-objects';
export * from './stripe-stub-store';
export * from './stripe-webhook-signing';
