import type { ValueTransformer } from 'typeorm';

/** `numeric` comes back from pg as a string; question points are small decimals (≤ 100.00). */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
