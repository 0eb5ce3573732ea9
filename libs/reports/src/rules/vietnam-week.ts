/**
 * Weeks as the reports count them: Monday 00:00 to Sunday 24:00 in Vietnam time (UTC+7 all
 * year). The SQL form groups rows in the database the same way; a test checks both agree.
 */
const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** The Monday (yyyy-mm-dd, Vietnam time) of the week holding `date`. */
export function vietnamWeekStart(date: Date): string {
  const local = new Date(date.getTime() + VIETNAM_OFFSET_MS);
  const sinceMonday = (local.getUTCDay() + 6) % 7;
  const monday = new Date(local.getTime() - sinceMonday * 86400_000);
  return monday.toISOString().slice(0, 10);
}

/** SQL form of vietnamWeekStart for a timestamptz expression (a text yyyy-mm-dd). */
export function vietnamWeekStartSql(column: string): string {
  return `to_char(date_trunc('week', (${column} AT TIME ZONE 'UTC') + interval '7 hours'), 'YYYY-MM-DD')`;
}
