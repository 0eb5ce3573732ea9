/**
 * What a regrade would do, summarised from the rescored attempts (pure): the versions moved
 * from and to, each changed score, the per-option warnings. The planner (RegradePlanner)
 * gathers the inputs; RegradeService applies a plan.
 */
import type { RegradeResultDto } from '../dto/regrade-result.dto';
import type { RegradeRoundDto } from '../dto/regrade-round.dto';
import type { RegradeSkippedRoundDto } from '../dto/regrade-skipped-round.dto';
import { changedScores, type KeyVersion, regradeWarnings } from './regrade';

export interface RescoredAttempt {
  attempt: {
    id: string;
    roundId: string;
    userId: string;
    fullName: string;
    score: number;
    correctCount: number;
  };
  next: { score: number; correctCount: number };
  /** The options this attempt chose on the question. */
  chosen: string[];
}

export interface RegradeSummaryInput {
  questionId: string;
  next: KeyVersion;
  /** Every version drawn by an affected attempt, by id. */
  versions: ReadonlyMap<string, KeyVersion>;
  /** Drawn version ids, in the order first seen. */
  oldVersionIds: readonly string[];
  /** Every affected attempt, with its drawn version (their count per version is reported). */
  drawn: ReadonlyArray<{ versionId: string }>;
  targets: readonly RescoredAttempt[];
  rounds: RegradeRoundDto[];
  finalizedRoundsSkipped: RegradeSkippedRoundDto[];
  otherContestsSkipped: RegradeSkippedRoundDto[];
  inProgressNotRegraded: number;
}

export function summarizeRegrade(input: RegradeSummaryInput): RegradeResultDto {
  const version = (id: string): KeyVersion => {
    const v = input.versions.get(id);
    if (!v) throw new Error(`question version ${id} is missing`);
    return v;
  };
  const chosen = new Map<string, number>();
  for (const t of input.targets) {
    for (const id of t.chosen) chosen.set(id, (chosen.get(id) ?? 0) + 1);
  }
  const changes = changedScores(
    input.targets.map((t) => ({
      attemptId: t.attempt.id,
      score: t.attempt.score,
      correctCount: t.attempt.correctCount,
      attempt: t.attempt,
    })),
    new Map(
      input.targets.map((t) => [
        t.attempt.id,
        { attemptId: t.attempt.id, score: t.next.score, correctCount: t.next.correctCount },
      ]),
    ),
  ).map(({ before, after }) => ({
    attemptId: before.attemptId,
    roundId: before.attempt.roundId,
    userId: before.attempt.userId,
    fullName: before.attempt.fullName,
    oldScore: before.score,
    newScore: after.score,
    oldCorrectCount: before.correctCount,
    newCorrectCount: after.correctCount,
  }));
  return {
    questionId: input.questionId,
    applied: false,
    toVersion: {
      versionId: input.next.versionId,
      version: input.next.version,
      attempts: input.targets.length,
    },
    fromVersions: input.oldVersionIds
      .map((id) => ({
        versionId: id,
        version: version(id).version,
        attempts: input.drawn.filter((d) => d.versionId === id).length,
      }))
      .sort((a, b) => a.version - b.version),
    affectedAttempts: input.targets.length,
    changes,
    rounds: input.rounds,
    finalizedRoundsSkipped: input.finalizedRoundsSkipped,
    otherContestsSkipped: input.otherContestsSkipped,
    inProgressNotRegraded: input.inProgressNotRegraded,
    warnings: regradeWarnings(input.oldVersionIds.map(version), input.next, chosen),
  };
}
