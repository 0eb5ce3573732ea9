import { Injectable } from '@nestjs/common';
import type { DrawnQuestion } from '@app/attempts';
import type { EntityManager } from 'typeorm';

export interface AffectedAttempt {
  id: string;
  roundId: string;
  contestId: string;
  userId: string;
  fullName: string;
  questions: DrawnQuestion[];
  score: number;
  maxScore: number;
  correctCount: number;
  pendingEssays: number;
}

export interface RoundAttemptLine {
  id: string;
  roundId: string;
  userId: string;
  score: number;
  maxScore: number;
  correctCount: number;
  questionCount: number;
  pendingEssays: number;
  prediction: number | null;
  durationMs: number;
  submittedAt: Date;
  startedAt: Date;
  disqualified: boolean;
}

export interface RoundInfo {
  roundId: string;
  roundTitle: string;
  contestId: string;
  contestTitle: string;
}

/** Drew `questionId` in a version other than `versionId`. `$1`: [{questionId}], `$2`: [{questionId, versionId}]. */
const DREW_OLDER = `a.questions @> $1::jsonb AND NOT a.questions @> $2::jsonb`;

const drewOlderParams = (questionId: string, versionId: string) => [
  JSON.stringify([{ questionId }]),
  JSON.stringify([{ questionId, versionId }]),
];

/** SQL of the answer-key regrade. */
@Injectable()
export class RegradeRepository {
  /**
   * Rounds with submitted attempts that drew an older version (optionally only these), with how
   * many there are in each.
   */
  async affectedRounds(
    em: EntityManager,
    questionId: string,
    versionId: string,
    roundIds: string[] | null,
  ): Promise<Map<string, number>> {
    const rows = await em.query<Array<{ round_id: string; n: number }>>(
      `SELECT a.round_id, count(*)::int AS n FROM attempts a
       WHERE a.status = 'submitted' AND ${DREW_OLDER} AND ($3::uuid[] IS NULL OR a.round_id = ANY($3::uuid[]))
       GROUP BY a.round_id ORDER BY a.round_id`,
      [...drewOlderParams(questionId, versionId), roundIds],
    );
    return new Map(rows.map((r) => [r.round_id, r.n]));
  }

  /** The submitted attempts of these rounds that drew an older version; locked when asked. */
  async affectedAttempts(
    em: EntityManager,
    questionId: string,
    versionId: string,
    roundIds: string[],
    lock: boolean,
  ): Promise<AffectedAttempt[]> {
    if (roundIds.length === 0) return [];
    const rows = await em.query<
      Array<{
        id: string;
        round_id: string;
        contest_id: string;
        user_id: string;
        full_name: string;
        questions: DrawnQuestion[];
        score: string | null;
        max_score: string;
        correct_count: number | null;
        pending_essays: number;
      }>
    >(
      `SELECT a.id, a.round_id, a.contest_id, a.user_id, u.full_name, a.questions, a.score, a.max_score,
              a.correct_count, a.pending_essays
       FROM attempts a JOIN users u ON u.id = a.user_id
       WHERE a.status = 'submitted' AND ${DREW_OLDER} AND a.round_id = ANY($3::uuid[])
       ORDER BY a.id ${lock ? 'FOR UPDATE OF a' : ''}`,
      [...drewOlderParams(questionId, versionId), roundIds],
    );
    return rows.map((r) => ({
      id: r.id,
      roundId: r.round_id,
      contestId: r.contest_id,
      userId: r.user_id,
      fullName: r.full_name,
      questions: r.questions,
      score: Number(r.score ?? 0),
      maxScore: Number(r.max_score),
      correctCount: r.correct_count ?? 0,
      pendingEssays: r.pending_essays,
    }));
  }

  /** Attempts still in progress on an older version (they keep it until submitted). */
  async inProgressCount(em: EntityManager, questionId: string, versionId: string): Promise<number> {
    const [{ n }] = await em.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM attempts a WHERE a.status = 'in_progress' AND ${DREW_OLDER}`,
      drewOlderParams(questionId, versionId),
    );
    return n;
  }

  async rounds(em: EntityManager, roundIds: string[]): Promise<Map<string, RoundInfo>> {
    const rows = await em.query<
      Array<{ id: string; title: string; contest_id: string; contest_title: string }>
    >(
      `SELECT r.id, r.title, r.contest_id, c.title AS contest_title
       FROM rounds r JOIN contests c ON c.id = r.contest_id WHERE r.id = ANY($1::uuid[])`,
      [roundIds],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          roundId: r.id,
          roundTitle: r.title,
          contestId: r.contest_id,
          contestTitle: r.contest_title,
        },
      ]),
    );
  }

  async answers(
    em: EntityManager,
    attemptIds: string[],
  ): Promise<
    Array<{
      attempt_id: string;
      question_id: string;
      option_ids: string[] | null;
      text: string | null;
    }>
  > {
    if (attemptIds.length === 0) return [];
    return em.query(
      'SELECT attempt_id, question_id, option_ids, text FROM attempt_answers WHERE attempt_id = ANY($1::uuid[])',
      [attemptIds],
    );
  }

  async grades(
    em: EntityManager,
    attemptIds: string[],
  ): Promise<Array<{ attempt_id: string; question_id: string; points: string }>> {
    if (attemptIds.length === 0) return [];
    return em.query(
      'SELECT attempt_id, question_id, points FROM attempt_grades WHERE attempt_id = ANY($1::uuid[])',
      [attemptIds],
    );
  }

  /** Every submitted attempt of these people in this round (to know which one counts). */
  async roundAttempts(
    em: EntityManager,
    roundId: string,
    userIds: string[],
  ): Promise<RoundAttemptLine[]> {
    if (userIds.length === 0) return [];
    const rows = await em.query<
      Array<{
        id: string;
        round_id: string;
        user_id: string;
        score: string | null;
        max_score: string;
        correct_count: number | null;
        question_count: number;
        pending_essays: number;
        prediction: number | null;
        duration_ms: number | null;
        submitted_at: Date;
        started_at: Date;
        disqualified: boolean;
      }>
    >(
      `SELECT id, round_id, user_id, score, max_score, correct_count, question_count, pending_essays, prediction,
              duration_ms, submitted_at, started_at, disqualified_at IS NOT NULL AS disqualified
       FROM attempts WHERE round_id = $1 AND user_id = ANY($2::uuid[]) AND status = 'submitted'`,
      [roundId, userIds],
    );
    return rows.map((r) => ({
      id: r.id,
      roundId: r.round_id,
      userId: r.user_id,
      score: Number(r.score ?? 0),
      maxScore: Number(r.max_score),
      correctCount: r.correct_count ?? 0,
      questionCount: r.question_count,
      pendingEssays: r.pending_essays,
      prediction: r.prediction,
      durationMs: r.duration_ms ?? 0,
      submittedAt: new Date(r.submitted_at),
      startedAt: new Date(r.started_at),
      disqualified: r.disqualified,
    }));
  }

  async names(em: EntityManager, userIds: string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows = await em.query<Array<{ id: string; full_name: string }>>(
      'SELECT id, full_name FROM users WHERE id = ANY($1::uuid[])',
      [userIds],
    );
    return new Map(rows.map((r) => [r.id, r.full_name]));
  }

  async applyScore(
    em: EntityManager,
    attemptId: string,
    fields: {
      questions: DrawnQuestion[];
      score: number;
      maxScore: number;
      correctCount: number;
      pendingEssays: number;
    },
  ): Promise<void> {
    await em.query(
      `UPDATE attempts SET questions = $2::jsonb, score = $3, max_score = $4, correct_count = $5, pending_essays = $6
       WHERE id = $1 AND status = 'submitted'`,
      [
        attemptId,
        JSON.stringify(fields.questions),
        fields.score,
        fields.maxScore,
        fields.correctCount,
        fields.pendingEssays,
      ],
    );
  }
}
