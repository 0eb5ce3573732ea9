/**
 * Dates and durations as Vietnamese judges read them (DOMAIN.md: dd/mm/yyyy, 24-hour clock,
 * Vietnam time). Pure. Vietnam is UTC+7 all year (no daylight saving), so a fixed offset is exact.
 */
const VIETNAM_OFFSET_MS = 7 * 3600_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "dd/mm/yyyy hh:mm:ss" in Vietnam time. */
export function formatVietnamDateTime(date: Date): string {
  const d = new Date(date.getTime() + VIETNAM_OFFSET_MS);
  return (
    `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

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
