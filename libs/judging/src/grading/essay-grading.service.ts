import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthUser } from '@app/accounts';
import { GradingService } from '@app/attempts';
import { AppException } from '@app/core';
import { ContestAccessService } from '@app/contests';
import { DataSource } from 'typeorm';
import { AuditLogService } from '../audit/audit-log.service';
import type { GradeResultDto } from '../dto/judge-outcome.dto';
import { type RoundEvent, STANDINGS_CHANGED_EVENT } from '../judging.events';
import { AttemptJudgementRepository } from '../disqualification/attempt-judgement.repository';
import { RoundLockRepository } from '../results/round-lock.repository';

/** A judge grades an essay: the attempts lib rescores, this records who did it, in one transaction. */
@Injectable()
export class EssayGradingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ContestAccessService,
    private readonly grading: GradingService,
    private readonly audit: AuditLogService,
    private readonly events: EventEmitter2,
    private readonly attempts: AttemptJudgementRepository,
    private readonly roundLock: RoundLockRepository,
  ) {}

  async grade(
    attemptId: string,
    questionId: string,
    points: number,
    user: AuthUser,
  ): Promise<GradeResultDto> {
    const roundId = await this.attempts.roundOfAttempt(attemptId);
    if (!roundId) throw AppException.notFound('Không tìm thấy lượt thi');
    const { contest } = await this.access.getRound(roundId);
    await this.access.assertCanJudge(contest.id, user);
    const outcome = await this.dataSource.transaction(async (em) => {
      await this.roundLock.lockUnfinalized(em, roundId);
      const graded = await this.grading.grade(
        { attemptId, questionId, points, judgeId: user.id },
        em,
      );
      await this.audit.record(em, {
        actorId: user.id,
        action: 'attempt.grade',
        contestId: contest.id,
        roundId: graded.roundId,
        attemptId,
        targetUserId: graded.userId,
        details: {
          questionId,
          points: graded.points,
          maxPoints: graded.maxPoints,
          previousPoints: graded.previousPoints,
          score: graded.score,
          pendingEssays: graded.pendingEssays,
        },
      });
      return graded;
    });
    const event: RoundEvent = { roundId: outcome.roundId };
    this.events.emit(STANDINGS_CHANGED_EVENT, event);
    return {
      attemptId,
      questionId,
      points: outcome.points,
      maxPoints: outcome.maxPoints,
      gradedAt: outcome.gradedAt.toISOString(),
      score: outcome.score,
      maxScore: outcome.maxScore,
      correctCount: outcome.correctCount,
      pendingEssays: outcome.pendingEssays,
    };
  }
}
