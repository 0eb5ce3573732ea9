/**
 * Vietnam time, the one clock people in HoiThi read (docs/domain.md): UTC+7 all year, no
 * daylight saving since 1975, so a fixed offset is exact and does not depend on the server's
 * time zone or its time-zone database. Pure.
 *
 * The SQL form (`vietnamTimeSql`) is built here too, for statements that group or stamp rows
 * by the Vietnam calendar; test/rules-sql.e2e-spec.ts evaluates both on the same instants.
 */
export const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** Vietnam wall-clock fields of an instant (month 1–12, weekday 0 = Sunday). */
export interface VietnamClock {
  year: number;
  month: number;
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
  weekday: number;
}

/**
 * The instant moved by the offset: its UTC fields read Vietnam time. For calendar arithmetic
 * (start of a day or a week) before turning back with `fromVietnamWallClock`.
 */
export function toVietnamWallClock(date: Date | number): Date {
  const ms = typeof date === 'number' ? date : date.getTime();
  return new Date(ms + VIETNAM_OFFSET_MS);
}

/** The instant at which Vietnam clocks show this wall-clock time (the inverse of the above). */
export function fromVietnamWallClock(wallClock: Date | number): Date {
  const ms = typeof wallClock === 'number' ? wallClock : wallClock.getTime();
  return new Date(ms - VIETNAM_OFFSET_MS);
}

export function vietnamClock(date: Date): VietnamClock {
  const d = toVietnamWallClock(date);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hours: d.getUTCHours(),
    minutes: d.getUTCMinutes(),
    seconds: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "yyyy-mm-dd": the Vietnam calendar day holding the instant. */
export function vietnamDate(date: Date): string {
  const c = vietnamClock(date);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;
}

/** "dd/mm/yyyy hh:mm:ss" in Vietnam time, 24-hour clock. */
export function formatVietnamDateTime(date: Date): string {
  const c = vietnamClock(date);
  return (
    `${pad(c.day)}/${pad(c.month)}/${c.year} ` +
    `${pad(c.hours)}:${pad(c.minutes)}:${pad(c.seconds)}`
  );
}

/** "dd/mm/yyyy" in Vietnam time. */
export function formatVietnamDate(date: Date): string {
  return formatVietnamDateTime(date).slice(0, 10);
}

/** "ngày 03 tháng 12 năm 2026" in Vietnam time, as an official document dates itself. */
export function vietnameseLongDate(date: Date): string {
  const c = vietnamClock(date);
  return `ngày ${pad(c.day)} tháng ${pad(c.month)} năm ${c.year}`;
}

/**
 * The same rules in SQL, for a `timestamptz` expression. The fixed offset (not the zone name)
 * keeps them equal to the functions above for every instant.
 */
export const vietnamTimeSql = {
  /** toVietnamWallClock(): a `timestamp` (without zone) showing Vietnam wall-clock time. */
  wallClock: (instant: string): string => `((${instant} AT TIME ZONE 'UTC') + interval '7 hours')`,
  /** vietnamDate(): the Vietnam calendar day, a `date`. */
  date: (instant: string): string =>
    `(((${instant} AT TIME ZONE 'UTC') + interval '7 hours')::date)`,
};
