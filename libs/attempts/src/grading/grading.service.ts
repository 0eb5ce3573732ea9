import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException, ErrorCode } from '@app/core';
import { ContestAccessService } from '@app/contests';
import { DataSource, type EntityManager } from 'typeorm';
import { AttemptAnswerEntity } from '../entities/attempt-answer.entity';
import { AttemptEntity } from '../entities/attempt.entity';
import { QuestionSnapshotsService } from '../question-snapshots.service';
import { scoreSubmission } from '../scoring';
import { StandingsService } from '../standings.service';
import { AttemptGradeEntity } from './attempt-grade.entity';
import { GradingRepository } from './grading.repository';

export interface GradeInput {
  attemptId: string;
  questionId: string;
  points: number;
  judgeId: string;
}

export interface GradeOutcome {
  attemptId: string;
  roundId: string;
  contestId: string;
  userId: string;
  questionId: string;
  points: number;
  maxPoints: number;
  /** The grade this one replaced, if any. */
  previousPoints: number | null;
  gradedAt: Date;
  score: number;
  maxScore: number;
  correctCount: number;
  pendingEssays: number;
}

/**
 * Essay grading: records a judge's points for an essay of a submitted attempt, rescores the
 * attempt with every grade it has, and updates the person's round standing — in one transaction
 * (the caller's, when given, so that it can audit in the same one).
 */
@Injectable()
export class GradingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ContestAccessService,
    private readonly snapshots: QuestionSnapshotsService,
    private readonly standings: StandingsService,
    private readonly repository: GradingRepository,
  ) {}

  grade(input: GradeInput, em?: EntityManager): Promise<GradeOutcome> {
    return em
      ? this.gradeIn(em, input)
      : this.dataSource.transaction((tx) => this.gradeIn(tx, input));
  }

  private async gradeIn(em: EntityManager, input: GradeInput): Promise<GradeOutcome> {
    const attempt = await em.findOne(AttemptEntity, {
      where: { id: input.attemptId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!attempt) throw AppException.notFound('Không tìm thấy lượt thi');
    const drawn = attempt.questions.find((q) => q.questionId === input.questionId);
    if (!drawn) throw AppException.notFound('Câu hỏi không thuộc lượt thi này');
    const snapshots = await this.snapshots.forAttempt(attempt.questions);
    const question = snapshots.get(input.questionId);
    if (!question || question.type !== 'essay') {
      throw AppException.validation('Chỉ chấm điểm được câu hỏi tự luận', [
        { field: 'questionId', message: 'không phải câu tự luận' },
      ]);
    }
    if (!Number.isFinite(input.points) || input.points < 0 || input.points > question.points) {
      throw AppException.validation(`Điểm phải từ 0 đến ${question.points}`, [
        { field: 'points', message: `từ 0 đến ${question.points}` },
      ]);
    }
    if (attempt.status !== 'submitted') {
      throw AppException.conflict(ErrorCode.CONFLICT, 'Lượt thi chưa nộp bài, chưa thể chấm điểm');
    }

    const previousPoints = await this.repository.previousPoints(em, attempt.id, input.questionId);
    const now = await this.repository.now(em);
    await this.repository.upsert(em, {
      attemptId: attempt.id,
      questionId: input.questionId,
      points: input.points,
      judgeId: input.judgeId,
      at: now,
    });

    const [answers, grades] = await Promise.all([
      em.find(AttemptAnswerEntity, { where: { attemptId: attempt.id } }),
      em.find(AttemptGradeEntity, { where: { attemptId: attempt.id } }),
    ]);
    const score = scoreSubmission(
      attempt.questions,
      snapshots,
      answers,
      new Map(grades.map((g) => [g.questionId, g.points])),
    );
    await em.update(
      AttemptEntity,
      { id: attempt.id },
      {
        score: score.score,
        maxScore: score.maxScore,
        correctCount: score.correctCount,
        pendingEssays: score.pendingEssays,
      },
    );
    const { contest } = await this.access.getRound(attempt.roundId, em);
    await this.standings.recompute(em, attempt.roundId, attempt.userId, contest.attemptPolicy);

    return {
      attemptId: attempt.id,
      roundId: attempt.roundId,
      contestId: attempt.contestId,
      userId: attempt.userId,
      questionId: input.questionId,
      points: input.points,
      maxPoints: question.points,
      previousPoints,
      gradedAt: now,
      score: score.score,
      maxScore: score.maxScore,
      correctCount: score.correctCount,
      pendingEssays: score.pendingEssays,
    };
  }
}
