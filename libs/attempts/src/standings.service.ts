import { Injectable } from '@nestjs/common';
import type { AttemptPolicy } from '@app/contests';
import type { EntityManager } from 'typeorm';
import { pickCountedAttempt } from './rules/scoring';

/**
 * Keeps `round_standings` (one row per person and round: the attempt that counts under the
 * contest's policy) in step with submissions, disqualifications and regrades. Always recomputed
 * from the person's attempts in that round (a handful of rows), inside the caller's transaction.
 */
@Injectable()
export class StandingsService {
  async recompute(
    em: EntityManager,
    roundId: string,
    userId: string,
    policy: AttemptPolicy,
  ): Promise<void> {
    const rows = await em.query<
      Array<{
        id: string;
        score: string;
        duration_ms: number;
        submitted_at: Date;
        started_at: Date;
        correct_count: number;
        question_count: number;
      }>
    >(
      `SELECT id, score, duration_ms, submitted_at, started_at, correct_count, question_count FROM attempts
       WHERE round_id = $1 AND user_id = $2 AND status = 'submitted' AND disqualified_at IS NULL`,
      [roundId, userId],
    );
    const counted = pickCountedAttempt(
      rows.map((r) => ({
        id: r.id,
        score: Number(r.score),
        durationMs: r.duration_ms,
        submittedAt: r.submitted_at,
        startedAt: r.started_at,
      })),
      policy,
    );
    if (!counted) {
      await em.query('DELETE FROM round_standings WHERE round_id = $1 AND user_id = $2', [
        roundId,
        userId,
      ]);
      return;
    }
    const row = rows.find((r) => r.id === counted.id) as (typeof rows)[number];
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
