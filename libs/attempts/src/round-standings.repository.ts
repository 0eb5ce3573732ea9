import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface SubmittedAttemptRow {
  id: string;
  score: string;
  duration_ms: number;
  submitted_at: Date;
  started_at: Date;
  correct_count: number;
  question_count: number;
}

/** SQL of `round_standings` (one row per person and round), run in the caller's transaction. */
@Injectable()
export class RoundStandingsRepository {
  /** The person's submitted, not disqualified attempts in the round. */
  async submittedAttempts(
    em: EntityManager,
    roundId: string,
    userId: string,
  ): Promise<SubmittedAttemptRow[]> {
    return em.query<SubmittedAttemptRow[]>(
      `SELECT id, score, duration_ms, submitted_at, started_at, correct_count, question_count FROM attempts
       WHERE round_id = $1 AND user_id = $2 AND status = 'submitted' AND disqualified_at IS NULL`,
      [roundId, userId],
    );
  }

  async remove(em: EntityManager, roundId: string, userId: string): Promise<void> {
    await em.query('DELETE FROM round_standings WHERE round_id = $1 AND user_id = $2', [
      roundId,
      userId,
    ]);
  }

  /** The person's standing is this attempt (with their current unit). */
  async upsert(
    em: EntityManager,
    roundId: string,
    userId: string,
    row: SubmittedAttemptRow,
  ): Promise<void> {
    await em.query(
      `INSERT INTO round_standings (round_id, user_id, attempt_id, score, correct_count, question_count, duration_ms, submitted_at, unit_id)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, u.unit_id FROM users u WHERE u.id = $2
       ON CONFLICT (round_id, user_id) DO UPDATE SET attempt_id = EXCLUDED.attempt_id, score = EXCLUDED.score,
         correct_count = EXCLUDED.correct_count, question_count = EXCLUDED.question_count,
         duration_ms = EXCLUDED.duration_ms, submitted_at = EXCLUDED.submitted_at, unit_id = EXCLUDED.unit_id`,
      [
        roundId,
        userId,
        row.id,
        row.score,
        row.correct_count,
        row.question_count,
        row.duration_ms,
        row.submitted_at,
      ],
    );
  }
}
