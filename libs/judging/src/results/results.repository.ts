import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { pickCountedAttempt } from '@app/attempts';
import type { ContestEntity } from '@app/contests';
import { inEligibleUnitSql } from '@app/units';
import { DataSource, type EntityManager } from 'typeorm';
import { predictionSql } from '../rules/ranking';
import type { RoundResults, ResultCandidate } from '../rules/round-results';

export interface Candidate extends ResultCandidate {
  pendingEssays: number;
  disqualifiedReason: string | null;
}

export interface StoredResults {
  roundId: string;
  contestId: string;
  computedAt: Date;
  computedById: string;
  finalizedAt: Date | null;
  finalizedById: string | null;
  perfectCount: number;
  participants: number;
  prizeCap: number;
  predictionEnabled: boolean;
}

/** A stored entry with the person's name, contacts and unit (judges only). */
export interface StoredEntry {
  position: number;
  rank: number | null;
  userId: string;
  fullName: string;
  email: string;
  phone: string | null;
  unitName: string | null;
  nationalIdLast4: string | null;
  attemptId: string;
  score: number;
  maxScore: number;
  correctCount: number;
  questionCount: number;
  prediction: number | null;
  predictionError: number | null;
  durationMs: number;
  submittedAt: Date;
  pendingEssays: number;
  prize: string | null;
  excludedReason: string | null;
  disqualifiedReason: string | null;
}

interface CandidateRow {
  user_id: string;
  attempt_id: string;
  score: string;
  max_score: string;
  correct_count: number;
  question_count: number;
  prediction: number | null;
  duration_ms: number;
  submitted_at: Date;
  started_at: Date;
  pending_essays: number;
  disqualified_reason: string | null;
  email_verified: boolean;
  in_unit: boolean;
  staff: boolean;
  won: boolean;
  id_confirmed: boolean;
  person_key: string;
}

interface EntryRow {
  position: number;
  rank: number | null;
  user_id: string;
  full_name: string;
  email: string;
  phone: string | null;
  unit_name: string | null;
  national_id_last4: string | null;
  attempt_id: string;
  score: string;
  max_score: string;
  correct_count: number;
  question_count: number;
  prediction: number | null;
  prediction_error: number | null;
  duration_ms: number;
  submitted_at: Date;
  pending_essays: number;
  prize: string | null;
  excluded_reason: string | null;
  disqualified_reason: string | null;
}

const INSERT_CHUNK = 5_000;

/**
 * Facts about every person of the round, for the prize rules. `$1` round, `$2` contest,
 * `$3` eligible unit ids (null: all units).
 */
const FACTS = `
  u.email_verified_at IS NOT NULL AS email_verified,
  ${inEligibleUnitSql('coalesce(a.unit_id, u.unit_id)', '$3::uuid[]')} AS in_unit,
  EXISTS (SELECT 1 FROM contest_staff cs WHERE cs.contest_id = $2 AND cs.user_id = u.id) AS staff,
  u.national_id_confirmed_at IS NOT NULL AS id_confirmed,
  coalesce(u.national_id_hash, u.id::text) AS person_key,
  EXISTS (SELECT 1 FROM round_result_entries w JOIN round_results wr ON wr.round_id = w.round_id
          WHERE w.user_id = u.id AND wr.contest_id = $2 AND wr.round_id <> $1
            AND wr.finalized_at IS NOT NULL AND w.prize IS NOT NULL)
  OR (u.national_id_hash IS NOT NULL AND EXISTS (
        SELECT 1 FROM users wu
        JOIN round_result_entries w ON w.user_id = wu.id
        JOIN round_results wr ON wr.round_id = w.round_id
        WHERE wu.national_id_hash = u.national_id_hash AND wu.id <> u.id AND wr.contest_id = $2
          AND wr.round_id <> $1 AND wr.finalized_at IS NOT NULL AND w.prize IS NOT NULL)) AS won`;
/** SQL of the results tables: what goes in (candidates), what is stored, what is read back. */
@Injectable()
export class ResultsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Everybody who submitted in the round: the counted attempt of each person still in the
   * running (round_standings), and for each person whose every attempt is disqualified the
   * attempt that would have counted under the contest's policy.
   */
  async loadCandidates(
    em: EntityManager,
    roundId: string,
    contest: ContestEntity,
  ): Promise<{ counted: Candidate[]; disqualified: Candidate[] }> {
    const params = [roundId, contest.id, contest.eligibleUnitIds];
    const prediction = predictionSql(contest.predictionAttempt, 'a');
    const counted = await em.query<CandidateRow[]>(
      `SELECT s.user_id, s.attempt_id, a.score, a.max_score, a.correct_count, a.question_count, ${prediction} AS prediction,
              a.duration_ms, a.submitted_at, a.started_at, a.pending_essays, NULL AS disqualified_reason, ${FACTS}
       FROM round_standings s
       JOIN attempts a ON a.id = s.attempt_id
       JOIN users u ON u.id = s.user_id
       WHERE s.round_id = $1`,
      params,
    );
    const disqualifiedRows = await em.query<CandidateRow[]>(
      `SELECT a.user_id, a.id AS attempt_id, a.score, a.max_score, a.correct_count, a.question_count, ${prediction} AS prediction,
              a.duration_ms, a.submitted_at, a.started_at, a.pending_essays, a.disqualified_reason, ${FACTS}
       FROM attempts a
       JOIN users u ON u.id = a.user_id
       WHERE a.round_id = $1 AND a.status = 'submitted' AND a.disqualified_at IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM round_standings s WHERE s.round_id = $1 AND s.user_id = a.user_id)`,
      params,
    );
    const byUser = new Map<string, CandidateRow[]>();
    for (const row of disqualifiedRows) {
      const list = byUser.get(row.user_id);
      if (list) list.push(row);
      else byUser.set(row.user_id, [row]);
    }
    const disqualified: Candidate[] = [];
    for (const rows of byUser.values()) {
      const picked = pickCountedAttempt(
        rows.map((r) => ({
          id: r.attempt_id,
          score: Number(r.score),
          durationMs: r.duration_ms,
          submittedAt: r.submitted_at,
          startedAt: r.started_at,
          row: r,
        })),
        contest.attemptPolicy,
      );
      if (picked) disqualified.push(toCandidate(picked.row));
    }
    return { counted: counted.map(toCandidate), disqualified };
  }

  /** Replaces the round's stored results (header and every entry). */
  async store(
    em: EntityManager,
    header: { roundId: string; contestId: string; actorId: string; predictionEnabled: boolean },
    results: RoundResults<Candidate>,
  ): Promise<void> {
    await em.query(
      `INSERT INTO round_results (round_id, contest_id, computed_at, computed_by_id, perfect_count, participants, prize_cap, prediction_enabled)
       VALUES ($1, $2, now(), $3, $4, $5, $6, $7)
       ON CONFLICT (round_id) DO UPDATE SET computed_at = now(), computed_by_id = EXCLUDED.computed_by_id,
         perfect_count = EXCLUDED.perfect_count, participants = EXCLUDED.participants,
         prize_cap = EXCLUDED.prize_cap, prediction_enabled = EXCLUDED.prediction_enabled`,
      [
        header.roundId,
        header.contestId,
        header.actorId,
        results.perfectCount,
        results.participants,
        results.prizeCap,
        header.predictionEnabled,
      ],
    );
    await em.query('DELETE FROM round_result_entries WHERE round_id = $1', [header.roundId]);
    for (let i = 0; i < results.entries.length; i += INSERT_CHUNK) {
      const chunk = results.entries.slice(i, i + INSERT_CHUNK);
      const col = <K extends keyof (typeof chunk)[number]>(key: K) => chunk.map((e) => e[key]);
      await em.query(
        `INSERT INTO round_result_entries (round_id, position, rank, user_id, attempt_id, score, max_score, correct_count,
           question_count, prediction, prediction_error, duration_ms, submitted_at, pending_essays, prize, excluded_reason,
           disqualified_reason)
         SELECT $1, * FROM unnest($2::int[], $3::int[], $4::uuid[], $5::uuid[], $6::numeric[], $7::numeric[], $8::int[],
           $9::int[], $10::int[], $11::int[], $12::int[], $13::timestamptz[], $14::int[], $15::text[], $16::text[], $17::text[])`,
        [
          header.roundId,
          col('position'),
          col('rank'),
          col('userId'),
          col('attemptId'),
          col('score'),
          col('maxScore'),
          col('correctCount'),
          col('questionCount'),
          col('prediction'),
          col('predictionError'),
          col('durationMs'),
          chunk.map((e) => e.submittedAt.toISOString()),
          col('pendingEssays'),
          col('prize'),
          col('excludedReason'),
          col('disqualifiedReason'),
        ],
      );
    }
  }

  async header(roundId: string, em?: EntityManager): Promise<StoredResults | null> {
    const rows = await (em ?? this.dataSource.manager).query<
      Array<{
        round_id: string;
        contest_id: string;
        computed_at: Date;
        computed_by_id: string;
        finalized_at: Date | null;
        finalized_by_id: string | null;
        perfect_count: number;
        participants: number;
        prize_cap: number;
        prediction_enabled: boolean;
      }>
    >('SELECT * FROM round_results WHERE round_id = $1', [roundId]);
    const r = rows[0];
    if (!r) return null;
    return {
      roundId: r.round_id,
      contestId: r.contest_id,
      computedAt: r.computed_at,
      computedById: r.computed_by_id,
      finalizedAt: r.finalized_at,
      finalizedById: r.finalized_by_id,
      perfectCount: r.perfect_count,
      participants: r.participants,
      prizeCap: r.prize_cap,
      predictionEnabled: r.prediction_enabled,
    };
  }

  /** The database's clock (the server's clock for deadlines: docs/architecture.md). */
  async databaseNow(): Promise<Date> {
    const [{ now }] = await this.dataSource.query<Array<{ now: Date }>>('SELECT now() AS now');
    return now;
  }

  /** Attempts of the round still in progress (the sweeper has not closed them yet). */
  async openAttempts(roundId: string): Promise<Array<{ id: string; deadline_at: Date }>> {
    return this.dataSource.query<Array<{ id: string; deadline_at: Date }>>(
      `SELECT id, deadline_at FROM attempts WHERE round_id = $1 AND status = 'in_progress'`,
      [roundId],
    );
  }

  /**
   * Stored entries in order, from `afterPosition` (exclusive), at most `limit`; winners only
   * when asked. Keyset paging on (round_id, position): constant cost per page on any size.
   */
  async entries(
    roundId: string,
    options: { afterPosition?: number; limit?: number; winnersOnly?: boolean } = {},
    em?: EntityManager,
  ): Promise<StoredEntry[]> {
    const rows = await (em ?? this.dataSource.manager).query<EntryRow[]>(
      `SELECT e.position, e.rank, e.user_id, u.full_name, u.email, u.phone, un.name AS unit_name, u.national_id_last4, e.attempt_id,
              e.score, e.max_score, e.correct_count, e.question_count, e.prediction, e.prediction_error,
              e.duration_ms, e.submitted_at, e.pending_essays, e.prize, e.excluded_reason, e.disqualified_reason
       FROM round_result_entries e
       JOIN users u ON u.id = e.user_id
       LEFT JOIN units un ON un.id = u.unit_id
       WHERE e.round_id = $1 AND e.position > $2 AND (NOT $3 OR e.prize IS NOT NULL)
       ORDER BY e.position
       LIMIT $4`,
      [roundId, options.afterPosition ?? 0, options.winnersOnly ?? false, options.limit ?? null],
    );
    return rows.map((r) => ({
      position: r.position,
      rank: r.rank,
      userId: r.user_id,
      fullName: r.full_name,
      email: r.email,
      phone: r.phone,
      unitName: r.unit_name,
      nationalIdLast4: r.national_id_last4,
      attemptId: r.attempt_id,
      score: Number(r.score),
      maxScore: Number(r.max_score),
      correctCount: r.correct_count,
      questionCount: r.question_count,
      prediction: r.prediction,
      predictionError: r.prediction_error,
      durationMs: r.duration_ms,
      submittedAt: r.submitted_at,
      pendingEssays: r.pending_essays,
      prize: r.prize,
      excludedReason: r.excluded_reason,
      disqualifiedReason: r.disqualified_reason,
    }));
  }
}

function toCandidate(r: CandidateRow): Candidate {
  return {
    userId: r.user_id,
    attemptId: r.attempt_id,
    score: Number(r.score),
    maxScore: Number(r.max_score),
    correctCount: r.correct_count ?? 0,
    questionCount: r.question_count,
    prediction: r.prediction,
    durationMs: r.duration_ms ?? 0,
    submittedAt: r.submitted_at,
    pendingEssays: r.pending_essays,
    disqualifiedReason: r.disqualified_reason,
    personKey: r.person_key,
    facts: {
      staff: r.staff,
      emailVerified: r.email_verified,
      nationalIdConfirmed: r.id_confirmed,
      inEligibleUnit: r.in_unit,
      wonInFinalizedRound: r.won,
    },
  };
}
