import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@app/accounts';
import { type DrawnQuestion, QuestionSnapshotsService, scoreSubmission } from '@app/attempts';
import { AppException } from '@app/core';
import { ContestAccessService, type ContestEntity } from '@app/contests';
import { ResultsRepository, RoundLockRepository } from '@app/judging';
import { QuestionPoolService } from '@app/question-bank';
import type { EntityManager } from 'typeorm';
import type { RegradeResultDto } from '../dto/regrade-result.dto';
import type { RegradeRoundDto } from '../dto/regrade-round.dto';
import type { RegradeSkippedRoundDto } from '../dto/regrade-skipped-round.dto';
import { type KeyVersion, moveToVersion } from '../rules/regrade';
import { summarizeRegrade } from '../rules/regrade-summary';
import { answerRow, groupByAttempt } from '../shared/rows';
import { type NewScore, RegradeBoardService } from './regrade-board.service';
import { type AffectedAttempt, RegradeRepository, type RoundInfo } from './regrade.repository';

export interface RegradeTarget {
  attempt: AffectedAttempt;
  drawn: DrawnQuestion[];
  next: NewScore;
}

export interface RegradePlan {
  result: RegradeResultDto;
  targets: RegradeTarget[];
  rounds: Array<RoundInfo & { contest: ContestEntity }>;
}

export type RegradeMode = 'preview' | 'apply';

/**
 * Plans an answer-key regrade: which rounds and attempts it touches (rounds of contests the user
 * cannot manage, and finalized rounds, are skipped), each attempt rescored with the question
 * moved to its current version, and how the boards would move. In 'apply' mode the rounds'
 * results locks are taken and the attempts locked, inside the caller's transaction; nothing is
 * written here (RegradeService applies).
 */
@Injectable()
export class RegradePlanner {
  constructor(
    private readonly pool: QuestionPoolService,
    private readonly snapshots: QuestionSnapshotsService,
    private readonly access: ContestAccessService,
    private readonly results: ResultsRepository,
    private readonly repository: RegradeRepository,
    private readonly boards: RegradeBoardService,
    private readonly roundLock: RoundLockRepository,
  ) {}

  async plan(
    em: EntityManager,
    questionId: string,
    requested: string[] | undefined,
    user: AuthUser,
    mode: RegradeMode,
  ): Promise<RegradePlan> {
    const currentVersionId = (await this.pool.getCurrentVersionIds([questionId])).get(questionId);
    if (!currentVersionId) throw AppException.notFound('Không tìm thấy câu hỏi');
    const wanted = requested ? [...new Set(requested)] : null;
    const counts = await this.repository.affectedRounds(em, questionId, currentVersionId, wanted);
    const info = await this.repository.rounds(em, [
      ...new Set([...counts.keys(), ...(wanted ?? [])]),
    ]);
    const missing = (wanted ?? []).find((id) => !info.has(id));
    if (missing) throw AppException.notFound('Không tìm thấy tuần thi');

    const canManage = new Map<string, boolean>();
    for (const contestId of new Set([...info.values()].map((r) => r.contestId))) {
      canManage.set(contestId, await this.access.canManage(contestId, user));
    }
    if (wanted?.some((id) => !canManage.get(info.get(id)?.contestId ?? ''))) {
      throw AppException.forbidden('Chỉ ban tổ chức của cuộc thi mới được chấm lại');
    }

    const kept: Array<RoundInfo & { contest: ContestEntity; computed: boolean }> = [];
    const finalized: RegradeSkippedRoundDto[] = [];
    const others: RegradeSkippedRoundDto[] = [];
    for (const roundId of [...counts.keys()].sort()) {
      const round = info.get(roundId) as RoundInfo;
      const skipped = {
        roundId,
        roundTitle: round.roundTitle,
        contestTitle: round.contestTitle,
        attempts: counts.get(roundId) ?? 0,
      };
      if (!canManage.get(round.contestId)) {
        others.push(skipped);
        continue;
      }
      const state =
        mode === 'apply'
          ? await this.roundLock.lock(em, roundId)
          : await this.resultsState(em, roundId);
      if (state.finalizedAt) finalized.push(skipped);
      else
        kept.push({
          ...round,
          contest: (await this.access.getRound(roundId, em)).contest,
          computed: state.computed,
        });
    }

    const attempts = await this.repository.affectedAttempts(
      em,
      questionId,
      currentVersionId,
      kept.map((r) => r.roundId),
      mode === 'apply',
    );
    const drawnVersion = (a: AffectedAttempt) =>
      a.questions.find((q) => q.questionId === questionId)?.versionId as string;
    const oldVersionIds = [...new Set(attempts.map(drawnVersion))];
    const versions = await this.pool.getVersions([currentVersionId, ...oldVersionIds]);
    const key = (id: string): KeyVersion => {
      const v = versions.get(id);
      if (!v) throw new Error(`question version ${id} is missing`);
      return { versionId: v.id, version: v.version, type: v.type, options: v.options ?? [] };
    };
    const next = key(currentVersionId);
    if (next.type === 'essay' || oldVersionIds.some((id) => key(id).type === 'essay')) {
      throw AppException.validation(
        'Câu hỏi tự luận do ban giám khảo chấm điểm, không chấm lại theo đáp án',
        [{ field: 'questionId', message: 'câu tự luận' }],
      );
    }

    const targets = await this.rescore(em, attempts, questionId, next);
    const newScores = new Map(targets.map((t) => [t.attempt.id, t.next]));

    const rounds: RegradeRoundDto[] = [];
    for (const round of kept) {
      const inRound = targets.filter((t) => t.attempt.roundId === round.roundId);
      if (inRound.length === 0) continue;
      const moved = await this.boards.compare(em, round.roundId, round.contest, newScores, [
        ...new Set(inRound.map((t) => t.attempt.userId)),
      ]);
      rounds.push({
        roundId: round.roundId,
        roundTitle: round.roundTitle,
        contestId: round.contestId,
        contestTitle: round.contestTitle,
        attempts: inRound.length,
        resultsComputed: round.computed,
        ...moved,
      });
    }

    return {
      result: summarizeRegrade({
        questionId,
        next,
        versions: new Map(oldVersionIds.map((id) => [id, key(id)])),
        oldVersionIds,
        drawn: attempts.map((a) => ({ versionId: drawnVersion(a) })),
        targets,
        rounds,
        finalizedRoundsSkipped: finalized,
        otherContestsSkipped: others,
        inProgressNotRegraded: await this.repository.inProgressCount(
          em,
          questionId,
          currentVersionId,
        ),
      }),
      targets,
      rounds: kept.filter((r) => rounds.some((x) => x.roundId === r.roundId)),
    };
  }

  /** Each attempt scored again with the question moved to the new version. */
  private async rescore(
    em: EntityManager,
    attempts: AffectedAttempt[],
    questionId: string,
    next: KeyVersion,
  ): Promise<Array<RegradeTarget & { chosen: string[] }>> {
    const ids = attempts.map((a) => a.id);
    const answersOf = groupByAttempt(await this.repository.answers(em, ids));
    const gradesOf = groupByAttempt(await this.repository.grades(em, ids));
    const targets: Array<RegradeTarget & { chosen: string[] }> = [];
    for (const attempt of attempts) {
      const drawn = moveToVersion(attempt.questions, questionId, next);
      const answers = (answersOf.get(attempt.id) ?? []).map((r) => answerRow(attempt.id, r));
      const grades = new Map(
        (gradesOf.get(attempt.id) ?? []).map((g) => [g.question_id, Number(g.points)]),
      );
      const score = scoreSubmission(drawn, await this.snapshots.forAttempt(drawn), answers, grades);
      targets.push({
        attempt,
        drawn,
        next: {
          score: score.score,
          maxScore: score.maxScore,
          correctCount: score.correctCount,
          pendingEssays: score.pendingEssays,
        },
        chosen: answers.find((a) => a.questionId === questionId)?.optionIds ?? [],
      });
    }
    return targets;
  }

  private async resultsState(
    em: EntityManager,
    roundId: string,
  ): Promise<{ computed: boolean; finalizedAt: Date | null }> {
    const header = await this.results.header(roundId, em);
    return { computed: header !== null, finalizedAt: header?.finalizedAt ?? null };
  }
}
