import { Injectable } from '@nestjs/common';
import { pickCountedAttempt } from '@app/attempts';
import type { ContestEntity } from '@app/contests';
import {
  type Candidate,
  computeRoundResults,
  eligibilityRulesOf,
  predictionThatCounts,
  ResultsRepository,
  type RoundResults,
} from '@app/judging';
import type { EntityManager } from 'typeorm';
import type { RegradeBoardEntryDto } from '../dto/regrade-board-entry.dto';
import type { RegradeRoundDto } from '../dto/regrade-round.dto';
import { prizeMoves } from '../rules/regrade';
import { RegradeRepository } from './regrade.repository';

export interface NewScore {
  score: number;
  maxScore: number;
  correctCount: number;
  pendingEssays: number;
}

const TOP = 10;

/**
 * How a round's ranking and prizes would move with the new scores: the results rules of the
 * judges (ranking with every tie-break, exclusions, prize allocation) run twice, on the people's
 * counted attempts as they are and as they would be. Nothing is written.
 */
@Injectable()
export class RegradeBoardService {
  constructor(
    private readonly results: ResultsRepository,
    private readonly repository: RegradeRepository,
  ) {}

  async compare(
    em: EntityManager,
    roundId: string,
    contest: ContestEntity,
    newScores: ReadonlyMap<string, NewScore>,
    userIds: string[],
  ): Promise<Pick<RegradeRoundDto, 'board' | 'prizeChanges'>> {
    const { counted, disqualified } = await this.results.loadCandidates(em, roundId, contest);
    const lines = await this.repository.roundAttempts(em, roundId, userIds);
    const byUser = new Map<string, typeof lines>();
    for (const line of lines) {
      const changed = newScores.get(line.id);
      const next = changed ? { ...line, ...changed } : line;
      byUser.set(line.userId, [...(byUser.get(line.userId) ?? []), next]);
    }
    const countedAfter = counted.map((c): Candidate => {
      const picked = pickCountedAttempt(byUser.get(c.userId) ?? [], contest.attemptPolicy);
      if (!picked) return c;
      return {
        ...c,
        attemptId: picked.id,
        score: picked.score,
        maxScore: picked.maxScore,
        correctCount: picked.correctCount,
        questionCount: picked.questionCount,
        pendingEssays: picked.pendingEssays,
        prediction: predictionThatCounts(
          byUser.get(c.userId) ?? [],
          picked.id,
          contest.predictionAttempt,
        ),
        durationMs: picked.durationMs,
        submittedAt: picked.submittedAt,
      };
    });
    const settings = {
      disqualified,
      predictionEnabled: contest.prediction.enabled,
      prizes: contest.prizes,
      rules: eligibilityRulesOf(contest),
    };
    const before = computeRoundResults({ ...settings, counted });
    const after = computeRoundResults({ ...settings, counted: countedAfter });
    const moves = prizeMoves(before.entries, after.entries);
    const names = await this.repository.names(em, [
      ...new Set(
        [...top(before), ...top(after)].map((e) => e.userId).concat(moves.map((m) => m.userId)),
      ),
    ]);
    const line = (e: RoundResults<Candidate>['entries'][number]): RegradeBoardEntryDto => ({
      rank: e.rank as number,
      userId: e.userId,
      fullName: names.get(e.userId) ?? '',
      score: e.score,
      correctCount: e.correctCount,
      durationMs: e.durationMs,
      prize: e.prize,
    });
    return {
      board: { before: top(before).map(line), after: top(after).map(line) },
      prizeChanges: moves.map((m) => ({ ...m, fullName: names.get(m.userId) ?? '' })),
    };
  }
}

function top(results: RoundResults<Candidate>): RoundResults<Candidate>['entries'] {
  return results.entries.filter((e) => e.rank !== null).slice(0, TOP);
}
