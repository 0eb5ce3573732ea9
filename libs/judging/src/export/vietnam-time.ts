/**
 * Durations and counts as Vietnamese judges read them. Pure. Dates and times in Vietnam time
 * come from `formatVietnamDateTime` in @app/core (libs/core/src/text/vietnam-time.ts).
 */
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "mm:ss" (whole seconds, rounded down; minutes go past 59 for long attempts: "75:03"). */
export function formatDurationMmSs(durationMs: number): string {
  const totalSec = Math.max(0, Math.floor(durationMs / 1000));
  return `${pad(Math.floor(totalSec / 60))}:${pad(totalSec % 60)}`;
}

/** Seconds with millisecond precision (the ranking compares milliseconds). */
export function durationSeconds(durationMs: number): number {
  return Math.max(0, Math.round(durationMs)) / 1000;
}

/** "1.234" — Vietnamese thousands separator. */
export function formatCount(n: number): string {
  return Math.trunc(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
