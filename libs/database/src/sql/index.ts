export * from './query-rows';
export * from './pg-errors';
