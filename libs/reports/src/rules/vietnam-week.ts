/**
 * Weeks as the reports count them: Monday 00:00 to Sunday 24:00 in Vietnam time (UTC+7 all
 * year, libs/core/src/text/vietnam-time.ts). The SQL form groups rows in the database the same
 * way; test/rules-sql.e2e-spec.ts checks both agree.
 */
import { toVietnamWallClock, vietnamTimeSql } from '@app/core';

/** The Monday (yyyy-mm-dd, Vietnam time) of the week holding `date`. */
export function vietnamWeekStart(date: Date): string {
  const local = toVietnamWallClock(date);
  const sinceMonday = (local.getUTCDay() + 6) % 7;
  const monday = new Date(local.getTime() - sinceMonday * 86400_000);
  return monday.toISOString().slice(0, 10);
}

/** SQL form of vietnamWeekStart for a timestamptz expression (a text yyyy-mm-dd). */
export function vietnamWeekStartSql(column: string): string {
  return `to_char(date_trunc('week', ${vietnamTimeSql.wallClock(column)}), 'YYYY-MM-DD')`;
}
