/**
 * The order of a live board (docs/api.md "Leaderboards"): score desc, durationMs asc, submittedAt asc,
 * then userId asc so that ranks are never shared and the order is the same everywhere (the
 * database index `(round_id, score DESC, duration_ms, submitted_at, user_id)` sorts the same way).
 * The prediction tie-break belongs to the final results only. Pure.
 */
export interface StandingKey {
  score: number;
  durationMs: number;
  submittedAt: Date;
  userId: string;
}

/** Width of a duration bucket of the in-memory rank index; ties inside a bucket go to the database. */
export const BUCKET_MS = 1000;

/** Scores are numeric(10,2): compared as whole cents so that 0.1 + 0.2 never matters. */
export function scoreCents(score: number): number {
  return Math.round(score * 100);
}

export function durationBucket(durationMs: number): number {
  return Math.max(0, Math.floor(durationMs / BUCKET_MS));
}

/** Negative when `a` ranks above `b`. */
export function compareStandings(a: StandingKey, b: StandingKey): number {
  return (
    scoreCents(b.score) - scoreCents(a.score) ||
    a.durationMs - b.durationMs ||
    a.submittedAt.getTime() - b.submittedAt.getTime() ||
    (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0)
  );
}

/**
 * SQL forms of `compareStandings`, for rows aliased `t` of `round_standings`,
 * `leaderboard_frozen_standings` (same columns). test/rules-sql.e2e-spec.ts checks them, and the
 * indexes' column order (`BOARD_INDEX_COLUMNS`), against `compareStandings` in PostgreSQL.
 */
export function boardOrderSql(t: string): string {
  return `${t}.score DESC, ${t}.duration_ms, ${t}.submitted_at, ${t}.user_id`;
}

/** Among equal scores, `a` ranks above `b` (a row comparison the index serves). */
export function tieBreakAboveSql(a: string, b: string): string {
  return `(${a}.duration_ms, ${a}.submitted_at, ${a}.user_id) < (${b}.duration_ms, ${b}.submitted_at, ${b}.user_id)`;
}

/** The board-order indexes' columns after `round_id` (and `unit_id`), as PostgreSQL prints them. */
export const BOARD_INDEX_COLUMNS = 'score DESC, duration_ms, submitted_at, user_id';

/** A cell of the rank index: one score and one duration bucket. */
export interface RankCell {
  scoreCents: number;
  bucket: number;
}

export function cellOf(standing: { score: number; durationMs: number }): RankCell {
  return { scoreCents: scoreCents(standing.score), bucket: durationBucket(standing.durationMs) };
}
