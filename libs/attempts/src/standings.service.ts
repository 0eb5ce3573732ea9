import { Injectable } from '@nestjs/common';
import type { AttemptPolicy } from '@app/contests';
import type { EntityManager } from 'typeorm';
import { RoundStandingsRepository } from './round-standings.repository';
import { pickCountedAttempt } from './rules/scoring';

/**
 * Keeps `round_standings` (one row per person and round: the attempt that counts under the
 * contest's policy) in step with submissions, disqualifications and regrades. Always recomputed
 * from the person's attempts in that round (a handful of rows), inside the caller's transaction.
 */
@Injectable()
export class StandingsService {
  constructor(private readonly repository: RoundStandingsRepository) {}

  async recompute(
    em: EntityManager,
    roundId: string,
    userId: string,
    policy: AttemptPolicy,
  ): Promise<void> {
    const rows = await this.repository.submittedAttempts(em, roundId, userId);
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
      await this.repository.remove(em, roundId, userId);
      return;
    }
    const row = rows.find((r) => r.id === counted.id) as (typeof rows)[number];
    await this.repository.upsert(em, roundId, userId, row);
  }
}
