import { Inject, Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig, AppException, ErrorCode } from '@app/core';
import { ContestAccessService, ContestEntity } from '@app/contests';
import { DataSource, type EntityManager } from 'typeorm';
import { toResultDto } from './attempt-view';
import { otherDeviceError } from './attempt-write-refusal';
import type { SubmitAttemptDto, SubmitResultDto } from './dto/attempt.dto';
import { AttemptAnswerEntity } from './entities/attempt-answer.entity';
import { AttemptEntity } from './entities/attempt.entity';
import { QuestionSnapshotsService } from './question-snapshots.service';
import { hashAnswer, ReceiptService } from './receipt.service';
import { scoreSubmission } from './scoring';
import { StandingsService } from './standings.service';
import { PredictionsRepository } from './predictions.repository';
import { isOtherDevice } from './rules/device';
import { decidePrediction, type PredictionDecision } from './rules/prediction-lock';
import { attemptDurationMs, isPastGrace } from './rules/timing';
import { SubmissionRepository } from './submission.repository';

export const ATTEMPT_SUBMITTED = 'attempt.submitted';

export interface AttemptSubmittedEvent {
  attemptId: string;
  roundId: string;
  contestId: string;
  userId: string;
  score: number;
  autoSubmitted: boolean;
}

/** Closing an attempt: by its owner, or by the server once the deadline has passed. Exactly once. */
@Injectable()
export class SubmissionService {
  private readonly logger = new Logger('Submission');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ContestAccessService,
    private readonly snapshots: QuestionSnapshotsService,
    private readonly standings: StandingsService,
    private readonly predictions: PredictionsRepository,
    private readonly receipts: ReceiptService,
    private readonly events: EventEmitter2,
    private readonly repository: SubmissionRepository,
  ) {}

  async submit(
    attemptId: string,
    userId: string,
    dto: SubmitAttemptDto,
    deviceId?: string,
  ): Promise<SubmitResultDto> {
    const roundId = await this.repository.roundOfOwned(attemptId, userId);
    if (!roundId) throw AppException.notFound('Không tìm thấy lượt thi');
    // Read before the transaction (usually from the cache): a transaction must never wait for a
    // second pooled connection, or a burst of submits could exhaust the pool.
    const { contest } = await this.access.getRoundCached(roundId);
    const outcome = await this.dataSource.transaction(async (em) => {
      const attempt = await em.findOne(AttemptEntity, {
        where: { id: attemptId, userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!attempt) throw AppException.notFound('Không tìm thấy lượt thi');
      if (attempt.status === 'submitted') return { attempt, changed: false };
      const now = await this.repository.now(em);
      if (isPastGrace(now, attempt.deadlineAt, this.config.attempts.graceSeconds)) {
        // Too late to submit by hand: the server closes it with the answers saved in time.
        await this.finalize(em, attempt, contest, now, { auto: true, prediction: null });
        return { attempt, changed: true };
      }
      if (isOtherDevice(attempt.deviceId, deviceId)) throw otherDeviceError(attempt.id);
      const decision = decidePrediction({
        enabled: contest.prediction.enabled,
        lock: contest.lockPrediction,
        earlier: contest.lockPrediction
          ? await this.predictions.firstGiven(em, attempt.roundId, userId)
          : null,
        given: dto.prediction,
      });
      if ('refused' in decision) throw predictionRefusal(decision);
      const elapsedSec = (now.getTime() - attempt.startedAt.getTime()) / 1000;
      if (elapsedSec < contest.minSubmitSeconds) {
        throw AppException.conflict(
          ErrorCode.SUBMITTED_TOO_SOON,
          `Chưa thể nộp bài: cần làm bài ít nhất ${contest.minSubmitSeconds} giây`,
        );
      }
      await this.finalize(em, attempt, contest, now, {
        auto: false,
        prediction: decision.prediction,
      });
      return { attempt, changed: true };
    });
    if (outcome.changed) this.announce(outcome.attempt);
    return this.resultOf(outcome.attempt);
  }

  /** Closes an attempt whose deadline (plus grace) has passed; harmless when already closed. */
  async finalizeExpired(attemptId: string): Promise<boolean> {
    const closed = await this.dataSource.transaction(async (em) => {
      if (!(await this.repository.claimInProgress(em, attemptId))) return null;
      return this.closeExpired(em, [attemptId]);
    });
    closed?.forEach((a) => this.announce(a));
    return !!closed?.length;
  }

  /**
   * One pass of the sweeper: closes up to `limit` expired attempts. Rows are claimed with
   * FOR UPDATE SKIP LOCKED, so several instances sweeping together never close one twice.
   */
  async sweep(limit = 100): Promise<number> {
    const closed = await this.dataSource.transaction(async (em) => {
      const ids = await this.repository.claimExpired(em, this.config.attempts.graceSeconds, limit);
      if (ids.length === 0) return [];
      return this.closeExpired(em, ids);
    });
    closed.forEach((a) => this.announce(a));
    return closed.length;
  }

  private async closeExpired(em: EntityManager, ids: string[]): Promise<AttemptEntity[]> {
    const attempts = await em.find(AttemptEntity, { where: ids.map((id) => ({ id })) });
    const now = await this.repository.now(em);
    const contests = new Map<string, ContestEntity>();
    for (const attempt of attempts) {
      let contest = contests.get(attempt.contestId);
      if (!contest) {
        // Through the transaction's own connection: it must never wait for a second one.
        contest = await em.findOneOrFail(ContestEntity, { where: { id: attempt.contestId } });
        contests.set(attempt.contestId, contest);
      }
      await this.finalize(em, attempt, contest, now, { auto: true, prediction: null });
    }
    return attempts;
  }

  /** Scores with the answers saved so far and records the result; updates the round standing. */
  private async finalize(
    em: EntityManager,
    attempt: AttemptEntity,
    contest: ContestEntity,
    now: Date,
    how: { auto: boolean; prediction: number | null },
  ): Promise<void> {
    const [snapshots, answers] = await Promise.all([
      this.snapshots.forAttempt(attempt.questions),
      em.find(AttemptAnswerEntity, { where: { attemptId: attempt.id } }),
    ]);
    const score = scoreSubmission(attempt.questions, snapshots, answers, new Map());
    attempt.status = 'submitted';
    attempt.autoSubmitted = how.auto;
    attempt.submittedAt = how.auto ? (now < attempt.deadlineAt ? now : attempt.deadlineAt) : now;
    attempt.durationMs = attemptDurationMs({
      startedAt: attempt.startedAt,
      submittedAt: now,
      deadlineAt: attempt.deadlineAt,
      autoSubmitted: how.auto,
    });
    attempt.score = score.score;
    attempt.maxScore = score.maxScore;
    attempt.correctCount = score.correctCount;
    attempt.pendingEssays = score.pendingEssays;
    attempt.prediction = how.prediction;
    await em.update(
      AttemptEntity,
      { id: attempt.id, status: 'in_progress' },
      {
        status: 'submitted',
        autoSubmitted: attempt.autoSubmitted,
        submittedAt: attempt.submittedAt,
        durationMs: attempt.durationMs,
        score: attempt.score,
        maxScore: attempt.maxScore,
        correctCount: attempt.correctCount,
        pendingEssays: attempt.pendingEssays,
        prediction: attempt.prediction,
      },
    );
    await this.standings.recompute(em, attempt.roundId, attempt.userId, contest.attemptPolicy);
  }

  private announce(attempt: AttemptEntity): void {
    const event: AttemptSubmittedEvent = {
      attemptId: attempt.id,
      roundId: attempt.roundId,
      contestId: attempt.contestId,
      userId: attempt.userId,
      score: attempt.score ?? 0,
      autoSubmitted: attempt.autoSubmitted,
    };
    this.events.emit(ATTEMPT_SUBMITTED, event);
    if (attempt.autoSubmitted) this.logger.debug(`attempt ${attempt.id} closed by the server`);
  }

  private resultOf(attempt: AttemptEntity): SubmitResultDto {
    const result = toResultDto(attempt);
    const receipt = this.receipts.sign({
      attemptId: attempt.id,
      questionId: 'submit',
      answerHash: hashAnswer({ score: result.score, submitted: true }),
      savedAt: result.submittedAt,
    });
    return { id: attempt.id, status: 'submitted', ...result, receipt };
  }
}

function predictionRefusal(
  decision: Extract<PredictionDecision, { refused: string }>,
): AppException {
  if (decision.refused === 'locked') {
    return AppException.conflict(
      ErrorCode.PREDICTION_LOCKED,
      `Dự đoán đã được khoá ở lượt thi trước (${decision.locked}); không thể thay đổi`,
    );
  }
  return new AppException(
    400,
    ErrorCode.PREDICTION_REQUIRED,
    'Vui lòng trả lời câu hỏi dự đoán trước khi nộp bài',
    [{ field: 'prediction', message: 'bắt buộc' }],
  );
}
