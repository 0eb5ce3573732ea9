import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PendingEssayAttempt } from '../rules/essay-gate';
import type { PrizeKind } from '../rules/prizes';

export interface WinnerRow {
  user_id: string;
  attempt_id: string;
  email: string;
  full_name: string;
  prize: PrizeKind;
  rank: number;
  score: string;
  correct_count: number;
  question_count: number;
  finalized_at: Date;
}

/** SQL of finalizing a round, run in the finalize transaction. */
@Injectable()
export class FinalizeRepository {
  /** Submitted, not disqualified attempts of the round with essays still to grade. */
  async pendingEssayAttempts(em: EntityManager, roundId: string): Promise<PendingEssayAttempt[]> {
    const rows = await em.query<
      Array<{ attempt_id: string; user_id: string; counted: boolean; pending_essays: number }>
    >(
      `SELECT a.id AS attempt_id, a.user_id, (s.attempt_id IS NOT NULL) AS counted, a.pending_essays
       FROM attempts a LEFT JOIN round_standings s ON s.attempt_id = a.id
       WHERE a.round_id = $1 AND a.status = 'submitted' AND a.disqualified_at IS NULL AND a.pending_essays > 0`,
      [roundId],
    );
    return rows.map((r) => ({
      attemptId: r.attempt_id,
      userId: r.user_id,
      counted: r.counted,
      pendingEssays: r.pending_essays,
    }));
  }

  async markFinalized(em: EntityManager, roundId: string, actorId: string): Promise<void> {
    await em.query(
      'UPDATE round_results SET finalized_at = now(), finalized_by_id = $2 WHERE round_id = $1',
      [roundId, actorId],
    );
  }

  /** The round's winners in result order, with what their mail says. */
  async winners(em: EntityManager, roundId: string): Promise<WinnerRow[]> {
    return em.query<WinnerRow[]>(
      `SELECT e.user_id, e.attempt_id, u.email, u.full_name, e.prize, e.rank, e.score, e.correct_count, e.question_count, r.finalized_at
       FROM round_result_entries e JOIN users u ON u.id = e.user_id JOIN round_results r ON r.round_id = e.round_id
       WHERE e.round_id = $1 AND e.prize IS NOT NULL ORDER BY e.position`,
      [roundId],
    );
  }
}
