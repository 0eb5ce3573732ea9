/**
 * When a dirty round's boards are recomputed: `gatherMs` after the first change following a
 * quiet spell (so a burst lands in one update), and never sooner than `tickMs` after the
 * previous recomputation began. Pure.
 */
export function recomputeDelay(
  lastRunAt: number | undefined,
  now: number,
  tickMs: number,
  gatherMs: number,
): number {
  return Math.max(gatherMs, (lastRunAt ?? Number.NEGATIVE_INFINITY) + tickMs - now);
}
