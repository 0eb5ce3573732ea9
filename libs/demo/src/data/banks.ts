import { BANK_ELECTRICITY_SAFETY } from './bank-electricity-safety';
import { BANK_UNION_HISTORY } from './bank-union-history';
import { type DemoBank } from './types';

/** Every demo question bank, in the order a seed should create them. */
export const DEMO_BANKS: DemoBank[] = [BANK_UNION_HISTORY, BANK_ELECTRICITY_SAFETY];
