export * from './tenancy';
export * from './jobs';
export * from './applications';
export * from './logs';
export * from './retention';
export * from './candidate';
export * from './analytics';
export * from './subscriptions';
