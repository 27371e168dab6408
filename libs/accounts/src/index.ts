export * from './access-token.service';
export * from './privacy/personal-data-source';
export * from './role';
export * from './user.entity';
