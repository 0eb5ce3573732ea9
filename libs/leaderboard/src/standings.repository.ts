import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { StandingsSource } from './rules/freeze';
import { boardOrderSql, tieBreakAboveSql } from './rules/rank-key';

export type { StandingsSource } from './rules/freeze';

/** Tables with one row per person and the board order index. */
export type RankedSource = Exclude<StandingsSource, 'final'>;

const TABLE: Record<RankedSource, string> = {
  live: 'round_standings',
  frozen: 'leaderboard_frozen_standings',
};

/**
 * The finalized results are the judging lib's `round_result_entries` (read, never written here):
 * ranked people in `position` order (index `(round_id, position)`), their final `rank`.
 */
const FINAL_FROM = `FROM round_result_entries s
         JOIN users u ON u.id = s.user_id
         LEFT JOIN units un ON un.id = u.unit_id`;

/** The board order (`compareStandings`); matches the indexes `(round_id[, unit_id], score DESC, duration_ms, submitted_at, user_id)`. */
const ORDER = boardOrderSql('s');

export interface StandingRow {
  userId: string;
  displayName: string;
  unitName: string | null;
  unitId: string | null;
  score: number;
  correctCount: number;
  durationMs: number;
  /** Final boards only: the rank in the finalized results. */
  finalRank?: number;
}

export interface CellRow {
  userId: string;
  score: number | null;
  durationMs: number | null;
}

interface RawStanding {
  user_id: string;
  full_name: string;
  unit_name: string | null;
  unit_id: string | null;
  score: string;
  correct_count: number;
  duration_ms: number;
  rank?: number;
}

const toRow = (r: RawStanding): StandingRow => ({
  userId: r.user_id,
  displayName: r.full_name,
  unitName: r.unit_name,
  unitId: r.unit_id,
  score: Number(r.score),
  correctCount: r.correct_count,
  durationMs: r.duration_ms,
  ...(r.rank === undefined ? {} : { finalRank: r.rank }),
});

const SELECT_ENTRY = `SELECT s.user_id, u.full_name, un.name AS unit_name, s.unit_id, s.score,
         s.correct_count, s.duration_ms`;

/** Every query the boards make; each one walks an index, never a whole round. */
@Injectable()
export class StandingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The first `limit` people of a board, in order (an index range scan, whatever the size). */
  async top(
    source: StandingsSource,
    roundId: string,
    unitIds: string[] | null,
    limit: number,
  ): Promise<StandingRow[]> {
    const params: unknown[] = [roundId, limit];
    if (unitIds) params.push(unitIds);
    if (source === 'final') {
      const rows = await this.dataSource.query<RawStanding[]>(
        `SELECT s.user_id, u.full_name, un.name AS unit_name, u.unit_id, s.score, s.correct_count,
                s.duration_ms
           ${FINAL_FROM}
          WHERE s.round_id = $1 AND s.rank IS NOT NULL ${unitIds ? 'AND u.unit_id = ANY($3::uuid[])' : ''}
          ORDER BY s.position
          LIMIT $2`,
        params,
      );
      return rows.map(toRow);
    }
    const unitFilter = unitIds ? 'AND s.unit_id = ANY($3::uuid[])' : '';
    const rows = await this.dataSource.query<RawStanding[]>(
      `${SELECT_ENTRY}
         FROM ${TABLE[source]} s
         JOIN users u ON u.id = s.user_id
         LEFT JOIN units un ON un.id = s.unit_id
        WHERE s.round_id = $1 ${unitFilter}
        ORDER BY ${ORDER}
        LIMIT $2`,
      params,
    );
    return rows.map(toRow);
  }

  /** One person's row (primary key), or null without a counted attempt. */
  async own(source: StandingsSource, roundId: string, userId: string): Promise<StandingRow | null> {
    if (source === 'final') {
      const rows = await this.dataSource.query<RawStanding[]>(
        `SELECT s.user_id, u.full_name, un.name AS unit_name, u.unit_id, s.score, s.correct_count,
                s.duration_ms, s.rank
           ${FINAL_FROM}
          WHERE s.round_id = $1 AND s.user_id = $2 AND s.rank IS NOT NULL`,
        [roundId, userId],
      );
      return rows.length ? toRow(rows[0]) : null;
    }
    const rows = await this.dataSource.query<RawStanding[]>(
      `${SELECT_ENTRY}
         FROM ${TABLE[source]} s
         JOIN users u ON u.id = s.user_id
         LEFT JOIN units un ON un.id = s.unit_id
        WHERE s.round_id = $1 AND s.user_id = $2`,
      [roundId, userId],
    );
    return rows.length ? toRow(rows[0]) : null;
  }

  /**
   * People of the same score whose duration falls in the caller's bucket (from `bucketStartMs`)
   * and who rank above the caller: the only part of an own rank the in-memory index leaves to
   * the database. Compares with the stored row itself (microsecond timestamps), reading only
   * that bucket of the order index.
   */
  async tiesBefore(
    source: RankedSource,
    roundId: string,
    userId: string,
    bucketStartMs: number,
  ): Promise<number> {
    const [{ n }] = await this.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n
         FROM ${TABLE[source]} me
         JOIN ${TABLE[source]} s ON s.round_id = me.round_id AND s.score = me.score
              AND s.duration_ms >= $3
              AND ${tieBreakAboveSql('s', 'me')}
        WHERE me.round_id = $1 AND me.user_id = $2`,
      [roundId, userId, bucketStartMs],
    );
    return n;
  }

  /**
   * People ranked above the caller, counted by the database: for unit boards (index
   * `(round_id, unit_id, score DESC, …)`, cost grows with the people above in those units) and as
   * the fallback of the whole board when the in-memory index is unavailable.
   */
  async countBefore(
    source: StandingsSource,
    roundId: string,
    userId: string,
    unitIds: string[] | null,
  ): Promise<number> {
    const params: unknown[] = [roundId, userId];
    if (unitIds) params.push(unitIds);
    if (source === 'final') {
      const rows = await this.dataSource.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n
           FROM round_result_entries me
           JOIN round_result_entries s ON s.round_id = me.round_id AND s.position < me.position
           JOIN users u ON u.id = s.user_id
          WHERE me.round_id = $1 AND me.user_id = $2 AND s.rank IS NOT NULL
                ${unitIds ? 'AND u.unit_id = ANY($3::uuid[])' : ''}`,
        params,
      );
      return rows[0]?.n ?? 0;
    }
    const unitFilter = unitIds ? 'AND s.unit_id = ANY($3::uuid[])' : '';
    const rows = await this.dataSource.query<Array<{ n: number }>>(
      `SELECT (SELECT count(*) FROM ${TABLE[source]} s
                WHERE s.round_id = me.round_id ${unitFilter} AND s.score > me.score)::int
            + (SELECT count(*) FROM ${TABLE[source]} s
                WHERE s.round_id = me.round_id ${unitFilter} AND s.score = me.score
                  AND ${tieBreakAboveSql('s', 'me')})::int AS n
         FROM ${TABLE[source]} me
        WHERE me.round_id = $1 AND me.user_id = $2`,
      params,
    );
    return rows.length ? rows[0].n : 0;
  }

  /**
   * Streams every (person, score, duration) of a board to `onRow` through a cursor, and (live
   * board) counts the round's submitted attempts, both in one snapshot (REPEATABLE READ).
   */
  async loadCells(
    source: RankedSource,
    roundId: string,
    onRow: (userId: string, score: number, durationMs: number) => void,
    batchSize = 50_000,
  ): Promise<{ submittedAttempts: number }> {
    const runner = this.dataSource.createQueryRunner();
    // The driver's connection itself: rows as arrays, no object per row (a million of them).
    const pg = (await runner.connect()) as {
      query(q: { text: string; rowMode: 'array' }): Promise<{ rows: unknown[][] }>;
    };
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query(
        `DECLARE leaderboard_cells NO SCROLL CURSOR FOR
           SELECT user_id, (score * 100)::bigint, duration_ms FROM ${TABLE[source]} WHERE round_id = $1`,
        [roundId],
      );
      for (;;) {
        const { rows } = await pg.query({
          text: `FETCH ${batchSize} FROM leaderboard_cells`,
          rowMode: 'array',
        });
        if (rows.length === 0) break;
        for (const row of rows) onRow(row[0] as string, Number(row[1]) / 100, row[2] as number);
      }
      const submittedAttempts =
        source === 'live'
          ? await this.countSubmittedWith(
              (sql, params) => runner.query(sql, params) as Promise<Array<{ n: number }>>,
              roundId,
            )
          : 0;
      await runner.commitTransaction();
      return { submittedAttempts };
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Current (score, duration) of some people of a board; null score when they have none. */
  async cells(source: RankedSource, roundId: string, userIds: string[]): Promise<CellRow[]> {
    const rows = await this.dataSource.query<
      Array<{ user_id: string; score: string | null; duration_ms: number | null }>
    >(
      `SELECT p.id AS user_id, s.score, s.duration_ms
         FROM unnest($2::uuid[]) AS p(id)
         LEFT JOIN ${TABLE[source]} s ON s.round_id = $1 AND s.user_id = p.id`,
      [roundId, userIds],
    );
    return rows.map((r) => ({
      userId: r.user_id,
      score: r.score === null ? null : Number(r.score),
      durationMs: r.duration_ms,
    }));
  }

  /** Both counters of a round by SQL (index-only counts; a few hundred ms for a million). */
  async countRound(roundId: string): Promise<{ participants: number; attempts: number }> {
    const [{ participants, attempts }] = await this.dataSource.query<
      Array<{ participants: number; attempts: number }>
    >(
      `SELECT (SELECT count(*) FROM round_standings WHERE round_id = $1)::int AS participants,
              (SELECT count(*) FROM attempts WHERE round_id = $1 AND submitted_at IS NOT NULL)::int AS attempts`,
      [roundId],
    );
    return { participants, attempts };
  }

  /** Submitted attempts of the round (disqualified ones included); an index-only count. */
  countSubmitted(roundId: string): Promise<number> {
    return this.countSubmittedWith((sql, params) => this.dataSource.query(sql, params), roundId);
  }

  /** Rounds open now (or closed within a day) that have standings: their boards are in demand. */
  async activeRounds(limit: number): Promise<string[]> {
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT r.id FROM rounds r JOIN contests c ON c.id = r.contest_id
        WHERE c.status = 'published' AND r.opens_at <= now() AND r.closes_at > now() - interval '1 day'
          AND EXISTS (SELECT 1 FROM round_standings s WHERE s.round_id = r.id)
        ORDER BY r.closes_at
        LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id);
  }

  /** When the judges finalized the round's results (judging's `round_results`), or null. */
  async finalizedAt(roundId: string): Promise<Date | null> {
    const rows = await this.dataSource.query<Array<{ finalized_at: Date | null }>>(
      'SELECT finalized_at FROM round_results WHERE round_id = $1',
      [roundId],
    );
    return rows[0]?.finalized_at ?? null;
  }

  async isParticipant(contestId: string, userId: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      'SELECT 1 FROM attempts WHERE user_id = $1 AND contest_id = $2 LIMIT 1',
      [userId, contestId],
    );
    return rows.length > 0;
  }

  private async countSubmittedWith(
    query: (sql: string, params: unknown[]) => Promise<Array<{ n: number }>>,
    roundId: string,
  ): Promise<number> {
    const [{ n }] = await query(
      'SELECT count(*)::int AS n FROM attempts WHERE round_id = $1 AND submitted_at IS NOT NULL',
      [roundId],
    );
    return n;
  }
}
