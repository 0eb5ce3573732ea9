import { Injectable, Logger } from '@nestjs/common';
import type { AttemptPolicy } from '@app/contests';
import { FreezeRepository } from './freeze.repository';

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

  constructor(private readonly repository: FreezeRepository) {}

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
    await this.repository.locked(roundId, async (em) => {
      await this.repository.deleteFrozen(em, roundId, userIds);
      await this.repository.insertFrozen(em, roundId, freezeAt, policy, userIds);
    });
  }

  private async compute(roundId: string, freezeAt: Date, policy: AttemptPolicy): Promise<boolean> {
    const started = Date.now();
    const done = await this.repository.locked(roundId, async (em) => {
      const row = await this.repository.freezeState(em, roundId);
      if (row?.computed_at && row.freeze_at?.getTime() === freezeAt.getTime()) return false;
      await this.repository.deleteFrozen(em, roundId, null);
      await this.repository.insertFrozen(em, roundId, freezeAt, policy, null);
      await this.repository.markComputed(em, roundId, freezeAt);
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
}
