export * from './access-token.service';
export * from './entitlements/entitlements';
export * from './entitlements/entitlements.module';
export * from './entitlements/entitlements.service';
export * from './entitlements/plan-source';
export * from './privacy/personal-data-source';
export * from './role';
export * from './user.entity';
