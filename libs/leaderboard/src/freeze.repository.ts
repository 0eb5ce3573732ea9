import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { countedAttemptOrderSql } from '@app/attempts';
import type { AttemptPolicy } from '@app/contests';
import { DataSource, type EntityManager } from 'typeorm';

/** SQL of the frozen public board (`leaderboard_freezes`, `leaderboard_frozen_standings`). */
@Injectable()
export class FreezeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` in a transaction holding the round's freeze lock (one instance computes). */
  async locked<T>(roundId: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `leaderboard-freeze:${roundId}`,
      ]);
      return work(em);
    });
  }

  async freezeState(
    em: EntityManager,
    roundId: string,
  ): Promise<{ freeze_at: Date | null; computed_at: Date | null } | undefined> {
    const rows = await em.query<Array<{ freeze_at: Date | null; computed_at: Date | null }>>(
      'SELECT freeze_at, computed_at FROM leaderboard_freezes WHERE round_id = $1',
      [roundId],
    );
    return rows[0];
  }

  async markComputed(em: EntityManager, roundId: string, freezeAt: Date): Promise<void> {
    await em.query(
      `INSERT INTO leaderboard_freezes (round_id, freeze_at, computed_at) VALUES ($1, $2, now())
       ON CONFLICT (round_id) DO UPDATE SET freeze_at = EXCLUDED.freeze_at, computed_at = EXCLUDED.computed_at`,
      [roundId, freezeAt],
    );
  }

  /** Deletes the frozen rows of some people (all when null). */
  async deleteFrozen(em: EntityManager, roundId: string, userIds: string[] | null): Promise<void> {
    if (userIds === null) {
      await em.query('DELETE FROM leaderboard_frozen_standings WHERE round_id = $1', [roundId]);
    } else {
      await em.query(
        'DELETE FROM leaderboard_frozen_standings WHERE round_id = $1 AND user_id = ANY($2::uuid[])',
        [roundId, userIds],
      );
    }
  }

  /**
   * For each person (some, all when null) the attempt that counted among their attempts
   * submitted before `freezeAt` (disqualified ones never count), by the contest's policy.
   */
  async insertFrozen(
    em: EntityManager,
    roundId: string,
    freezeAt: Date,
    policy: AttemptPolicy,
    userIds: string[] | null,
  ): Promise<void> {
    const params: unknown[] = [roundId, freezeAt];
    let who = '';
    if (userIds !== null) {
      params.push(userIds);
      who = 'AND a.user_id = ANY($3::uuid[])';
    }
    await em.query(
      `INSERT INTO leaderboard_frozen_standings
         (round_id, user_id, attempt_id, score, correct_count, question_count, duration_ms, submitted_at, unit_id)
       SELECT DISTINCT ON (a.user_id) a.round_id, a.user_id, a.id, a.score, a.correct_count,
              a.question_count, a.duration_ms, a.submitted_at, u.unit_id
         FROM attempts a JOIN users u ON u.id = a.user_id
        WHERE a.round_id = $1 AND a.status = 'submitted' AND a.disqualified_at IS NULL
          AND a.submitted_at < $2 ${who}
        ORDER BY a.user_id, ${countedAttemptOrderSql(policy, 'a')}`,
      params,
    );
  }
}
