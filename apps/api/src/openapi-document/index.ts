export * from './build-openapi-document';
export * from './generate-openapi-document';
export * from './openapi-tags';
export * from './setup-openapi';
