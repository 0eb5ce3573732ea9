import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthUser } from '@app/accounts';
import {
  type DrawnQuestion,
  QuestionSnapshotsService,
  scoreSubmission,
  StandingsService,
} from '@app/attempts';
import { AppException, ErrorCode } from '@app/core';
import { ContestAccessService, type ContestEntity } from '@app/contests';
import {
  AuditLogService,
  RoundLockRepository,
  ResultsRepository,
  type RoundEvent,
  STANDINGS_CHANGED_EVENT,
} from '@app/judging';
import { QuestionPoolService } from '@app/question-bank';
import { DataSource, type EntityManager } from 'typeorm';
import type { RegradeApplyDto } from '../dto/regrade-apply.dto';
import type { RegradeRequestDto } from '../dto/regrade-request.dto';
import type { RegradeResultDto } from '../dto/regrade-result.dto';
import type { RegradeRoundDto } from '../dto/regrade-round.dto';
import type { RegradeSkippedRoundDto } from '../dto/regrade-skipped-round.dto';
import { changedScores, type KeyVersion, moveToVersion, regradeWarnings } from '../rules/regrade';
import { answerRow, groupByAttempt } from '../shared/rows';
import { type NewScore, RegradeBoardService } from './regrade-board.service';
import { type AffectedAttempt, RegradeRepository, type RoundInfo } from './regrade.repository';

interface Target {
  attempt: AffectedAttempt;
  drawn: DrawnQuestion[];
  next: NewScore;
}

interface Plan {
  result: RegradeResultDto;
  targets: Target[];
  rounds: Array<RoundInfo & { contest: ContestEntity }>;
}

type Mode = 'preview' | 'apply';

/**
 * Answer-key regrade: a question was corrected (PATCH → a new version) after attempts drew the
 * older one. Preview shows what would change; apply moves those attempts to the current version
 * and rescores them, their standings and an audit row per round, in one transaction. Finalized
 * rounds are never changed; attempts still in progress keep the version they drew.
 */
@Injectable()
export class RegradeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pool: QuestionPoolService,
    private readonly snapshots: QuestionSnapshotsService,
    private readonly standings: StandingsService,
    private readonly access: ContestAccessService,
    private readonly audit: AuditLogService,
    private readonly results: ResultsRepository,
    private readonly repository: RegradeRepository,
    private readonly boards: RegradeBoardService,
    private readonly events: EventEmitter2,
    private readonly roundLock: RoundLockRepository,
  ) {}

  async preview(
    questionId: string,
    dto: RegradeRequestDto,
    user: AuthUser,
  ): Promise<RegradeResultDto> {
    const plan = await this.dataSource.transaction('REPEATABLE READ', (em) =>
      this.plan(em, questionId, dto.roundIds, user, 'preview'),
    );
    return plan.result;
  }

  async apply(questionId: string, dto: RegradeApplyDto, user: AuthUser): Promise<RegradeResultDto> {
    const plan = await this.dataSource.transaction(async (em) => {
      const p = await this.plan(em, questionId, dto.roundIds, user, 'apply');
      const finalized = p.result.finalizedRoundsSkipped;
      if (finalized.length > 0 && (dto.roundIds !== undefined || p.targets.length === 0)) {
        throw AppException.conflict(
          ErrorCode.RESULTS_FINALIZED,
          'Kết quả tuần thi đã được công bố chính thức, không thể chấm lại: ' +
            finalized.map((r) => `${r.roundTitle} (${r.contestTitle})`).join(', '),
          { rounds: finalized },
        );
      }
      for (const t of p.targets) {
        await this.repository.applyScore(em, t.attempt.id, { questions: t.drawn, ...t.next });
      }
      for (const round of p.rounds) {
        const users = [
          ...new Set(
            p.targets
              .filter((t) => t.attempt.roundId === round.roundId)
              .map((t) => t.attempt.userId),
          ),
        ];
        for (const userId of users.sort()) {
          await this.standings.recompute(em, round.roundId, userId, round.contest.attemptPolicy);
        }
        await this.audit.record(em, {
          actorId: user.id,
          action: 'question.regrade',
          contestId: round.contestId,
          roundId: round.roundId,
          reason: dto.reason,
          details: {
            questionId,
            toVersionId: p.result.toVersion.versionId,
            toVersion: p.result.toVersion.version,
            fromVersions: p.result.fromVersions.map((v) => v.version),
            attempts: p.targets.filter((t) => t.attempt.roundId === round.roundId).length,
            changes: p.result.changes
              .filter((c) => c.roundId === round.roundId)
              .map((c) => ({
                attemptId: c.attemptId,
                userId: c.userId,
                oldScore: c.oldScore,
                newScore: c.newScore,
              })),
          },
        });
      }
      return p;
    });
    for (const round of plan.rounds) {
      this.events.emit(STANDINGS_CHANGED_EVENT, { roundId: round.roundId } satisfies RoundEvent);
    }
    return { ...plan.result, applied: true };
  }

  private async plan(
    em: EntityManager,
    questionId: string,
    requested: string[] | undefined,
    user: AuthUser,
    mode: Mode,
  ): Promise<Plan> {
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
    const chosen = new Map<string, number>();
    for (const t of targets) for (const id of t.chosen) chosen.set(id, (chosen.get(id) ?? 0) + 1);

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

    const changes = changedScores(
      targets.map((t) => ({
        attemptId: t.attempt.id,
        score: t.attempt.score,
        correctCount: t.attempt.correctCount,
        attempt: t.attempt,
      })),
      new Map(
        targets.map((t) => [
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
      result: {
        questionId,
        applied: false,
        toVersion: { versionId: next.versionId, version: next.version, attempts: targets.length },
        fromVersions: oldVersionIds
          .map((id) => ({
            versionId: id,
            version: key(id).version,
            attempts: attempts.filter((a) => drawnVersion(a) === id).length,
          }))
          .sort((a, b) => a.version - b.version),
        affectedAttempts: targets.length,
        changes,
        rounds,
        finalizedRoundsSkipped: finalized,
        otherContestsSkipped: others,
        inProgressNotRegraded: await this.repository.inProgressCount(
          em,
          questionId,
          currentVersionId,
        ),
        warnings: regradeWarnings(oldVersionIds.map(key), next, chosen),
      },
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
  ): Promise<Array<Target & { chosen: string[] }>> {
    const ids = attempts.map((a) => a.id);
    const answersOf = groupByAttempt(await this.repository.answers(em, ids));
    const gradesOf = groupByAttempt(await this.repository.grades(em, ids));
    const targets: Array<Target & { chosen: string[] }> = [];
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
