export * from './openapi-contract';
export * from './served-contract';
