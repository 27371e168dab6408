export * from './mail-delivery.service';
export * from './mail-message';
export * from './mail-transport';
export * from './mail.module';
export * from './mail.service';
export * from './render-mail-layout.util';
export * from './outbound-mail-retention.policy';
