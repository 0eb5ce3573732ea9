import { Injectable } from '@nestjs/common';
import { AppException, ErrorCode } from '@app/core';
import type { EntityManager } from 'typeorm';

export interface RoundResultsState {
  computed: boolean;
  finalizedAt: Date | null;
}

/**
 * Serialises the judge actions of one round (compute, finalize, disqualify, reinstate, grade,
 * regrade) with a transaction-scoped advisory lock, then reads whether its results are computed
 * and finalized. Every instance takes the same lock, so a change can never slip in after a
 * finalize.
 */
@Injectable()
export class RoundLockRepository {
  async lock(em: EntityManager, roundId: string): Promise<RoundResultsState> {
    await em.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `round-results:${roundId}`,
    ]);
    return this.state(em, roundId);
  }

  /** Whether the round's results are computed and finalized, without taking the lock. */
  async state(em: EntityManager, roundId: string): Promise<RoundResultsState> {
    const rows = await em.query<Array<{ finalized_at: Date | null }>>(
      'SELECT finalized_at FROM round_results WHERE round_id = $1',
      [roundId],
    );
    return { computed: rows.length > 0, finalizedAt: rows[0]?.finalized_at ?? null };
  }

  /** As `lock`, refusing with 409 RESULTS_FINALIZED once the round is finalized. */
  async lockUnfinalized(em: EntityManager, roundId: string): Promise<RoundResultsState> {
    const state = await this.lock(em, roundId);
    if (state.finalizedAt) {
      throw AppException.conflict(
        ErrorCode.RESULTS_FINALIZED,
        'Kết quả tuần thi đã được công bố chính thức, không thể thay đổi',
      );
    }
    return state;
  }
}
