import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export interface JudgedAttemptRow {
  id: string;
  round_id: string;
  user_id: string;
  disqualified_at: Date | null;
  disqualified_reason: string | null;
}

/** SQL of the judges' actions on attempts: finding an attempt's round, disqualifying, reinstating. */
@Injectable()
export class AttemptJudgementRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async roundOfAttempt(attemptId: string): Promise<string | null> {
    const [found] = await this.dataSource.query<Array<{ round_id: string }>>(
      'SELECT round_id FROM attempts WHERE id = $1',
      [attemptId],
    );
    return found?.round_id ?? null;
  }

  /** Disqualifies (with the reason) or reinstates one attempt; the changed row, or none if it already was. */
  async setAttempt(
    em: EntityManager,
    attemptId: string,
    action: { disqualify: boolean; reason: string | null },
  ): Promise<JudgedAttemptRow[]> {
    return em.query<JudgedAttemptRow[]>(
      // Wrapped in a CTE so that TypeORM returns the rows themselves (a bare UPDATE gives [rows, count]).
      action.disqualify
        ? `WITH changed AS (UPDATE attempts SET disqualified_at = now(), disqualified_reason = $2 WHERE id = $1 AND disqualified_at IS NULL
             RETURNING id, round_id, user_id, disqualified_at, disqualified_reason) SELECT * FROM changed`
        : `WITH changed AS (UPDATE attempts SET disqualified_at = NULL, disqualified_reason = NULL WHERE id = $1 AND disqualified_at IS NOT NULL
             RETURNING id, round_id, user_id, disqualified_at, disqualified_reason) SELECT * FROM changed`,
      action.disqualify ? [attemptId, action.reason] : [attemptId],
    );
  }

  async attempt(em: EntityManager, attemptId: string): Promise<JudgedAttemptRow | undefined> {
    const [row] = await em.query<JudgedAttemptRow[]>(
      'SELECT id, round_id, user_id, disqualified_at, disqualified_reason FROM attempts WHERE id = $1',
      [attemptId],
    );
    return row;
  }

  /** Disqualifies or reinstates every attempt of a person in a round; the ids changed. */
  async setParticipant(
    em: EntityManager,
    roundId: string,
    userId: string,
    action: { disqualify: boolean; reason: string | null },
  ): Promise<string[]> {
    const rows = await em.query<Array<{ id: string }>>(
      action.disqualify
        ? `WITH changed AS (UPDATE attempts SET disqualified_at = now(), disqualified_reason = $3
             WHERE round_id = $1 AND user_id = $2 AND disqualified_at IS NULL RETURNING id) SELECT id FROM changed`
        : `WITH changed AS (UPDATE attempts SET disqualified_at = NULL, disqualified_reason = NULL
             WHERE round_id = $1 AND user_id = $2 AND disqualified_at IS NOT NULL RETURNING id) SELECT id FROM changed`,
      action.disqualify ? [roundId, userId, action.reason] : [roundId, userId],
    );
    return rows.map((r) => r.id);
  }

  async tookPart(em: EntityManager, roundId: string, userId: string): Promise<boolean> {
    const rows = await em.query<unknown[]>(
      'SELECT 1 FROM attempts WHERE round_id = $1 AND user_id = $2 LIMIT 1',
      [roundId, userId],
    );
    return rows.length > 0;
  }
}
