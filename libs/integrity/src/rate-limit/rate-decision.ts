import type { WindowCount } from './window-counter';

export type LimitScope = 'user' | 'ip';

export interface LimitCheck extends WindowCount {
  scope: LimitScope;
  limit: number;
}

/**
 * Whether a request goes over one of its limits and, if so, how long to wait (whole seconds, at
 * least 1): the longest wait among the limits it exceeds. Pure.
 */
export function rateDecision(
  checks: readonly LimitCheck[],
): { blocked: false } | { blocked: true; scope: LimitScope; retryAfterSec: number } {
  const over = checks.filter((c) => c.count > c.limit);
  if (over.length === 0) return { blocked: false };
  const worst = over.reduce((m, c) => (c.resetInMs > m.resetInMs ? c : m));
  return {
    blocked: true,
    scope: worst.scope,
    retryAfterSec: Math.max(1, Math.ceil(worst.resetInMs / 1000)),
  };
}
