import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AttemptPolicy } from '@app/contests';
import { DataSource, type EntityManager } from 'typeorm';

/** The counted attempt of a person among several, per policy — the SQL twin of pickCountedAttempt. */
function policyOrder(policy: AttemptPolicy): string {
  switch (policy) {
    case 'best':
      return 'a.score DESC, a.duration_ms ASC, a.submitted_at ASC, a.id ASC';
    case 'first':
      return 'a.started_at ASC, a.id ASC';
    case 'last':
      return 'a.started_at DESC, a.id DESC';
  }
}

/**
 * The public board of the freeze moment, kept in `leaderboard_frozen_standings`: for each person
 * the attempt that counted for them among their attempts submitted before the freeze moment
 * (disqualified ones never count, even when disqualified later). Computed once per round (the
 * first time somebody needs it, under an advisory lock so that one instance does it), again if
 * the freeze moment moves, and per person when an attempt of theirs that is dated before the
 * freeze arrives late (auto-submitted by the sweeper) or is disqualified/reinstated.
 */
@Injectable()
export class FreezeService {
  private readonly logger = new Logger('LeaderboardFreeze');
  /** roundId → freeze moment (ms) whose standings are known to be computed. */
  private readonly computed = new Map<string, number>();
  private readonly inFlight = new Map<string, Promise<boolean>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Makes sure the frozen standings of `freezeAt` exist. Resolves to true when this instance did
   * not know them yet (first use, or the freeze moment moved): its cached copies are stale.
   */
  ensureComputed(roundId: string, freezeAt: Date, policy: AttemptPolicy): Promise<boolean> {
    if (this.computed.get(roundId) === freezeAt.getTime()) return Promise.resolve(false);
    const key = `${roundId}:${freezeAt.getTime()}`;
    let running = this.inFlight.get(key);
    if (!running) {
      running = this.compute(roundId, freezeAt, policy).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, running);
    }
    return running;
  }

  /** Whether the frozen standings of `freezeAt` are in the database (as far as this instance knows). */
  isComputed(roundId: string, freezeAt: Date): boolean {
    return this.computed.get(roundId) === freezeAt.getTime();
  }

  /** Recomputes the frozen rows of some people (all when null) after their attempts changed. */
  async refreshPeople(
    roundId: string,
    freezeAt: Date,
    policy: AttemptPolicy,
    userIds: string[] | null,
  ): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await this.lock(em, roundId);
      if (userIds === null) {
        await em.query('DELETE FROM leaderboard_frozen_standings WHERE round_id = $1', [roundId]);
      } else {
        await em.query(
          'DELETE FROM leaderboard_frozen_standings WHERE round_id = $1 AND user_id = ANY($2::uuid[])',
          [roundId, userIds],
        );
      }
      await this.insertFrozen(em, roundId, freezeAt, policy, userIds);
    });
  }

  private async compute(roundId: string, freezeAt: Date, policy: AttemptPolicy): Promise<boolean> {
    const started = Date.now();
    const done = await this.dataSource.transaction(async (em) => {
      await this.lock(em, roundId);
      const rows = await em.query<Array<{ freeze_at: Date | null; computed_at: Date | null }>>(
        'SELECT freeze_at, computed_at FROM leaderboard_freezes WHERE round_id = $1',
        [roundId],
      );
      const row = rows[0];
      if (row?.computed_at && row.freeze_at?.getTime() === freezeAt.getTime()) return false;
      await em.query('DELETE FROM leaderboard_frozen_standings WHERE round_id = $1', [roundId]);
      await this.insertFrozen(em, roundId, freezeAt, policy, null);
      await em.query(
        `INSERT INTO leaderboard_freezes (round_id, freeze_at, computed_at) VALUES ($1, $2, now())
         ON CONFLICT (round_id) DO UPDATE SET freeze_at = EXCLUDED.freeze_at, computed_at = EXCLUDED.computed_at`,
        [roundId, freezeAt],
      );
      return true;
    });
    this.computed.set(roundId, freezeAt.getTime());
    if (done) {
      this.logger.log(
        `froze the public board of round ${roundId} at ${freezeAt.toISOString()} (${Date.now() - started} ms)`,
      );
    }
    return true;
  }

  private async insertFrozen(
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
        ORDER BY a.user_id, ${policyOrder(policy)}`,
      params,
    );
  }

  private async lock(em: EntityManager, roundId: string): Promise<void> {
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`leaderboard-freeze:${roundId}`]);
  }
}
