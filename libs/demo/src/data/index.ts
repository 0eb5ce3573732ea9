export * from './types';
export * from './units';
export * from './bank-union-history';
export * from './bank-electricity-safety';
export * from './banks';
