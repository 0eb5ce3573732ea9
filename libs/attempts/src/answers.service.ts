import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig, AppException } from '@app/core';
import { DataSource } from 'typeorm';
import type { SaveAnswerDto, SaveAnswerResultDto } from './dto/attempt.dto';
import { AnswerBatcher, type BatchListener } from './answer-batcher';
import { answerFromInput } from './answer-input';
import { AttemptQuestionsCache } from './attempt-questions.cache';
import { refusedWriteError } from './attempt-write-refusal';
import { AttemptsRepository } from './attempts.repository';
import { hashAnswer, ReceiptService } from './receipt.service';

/**
 * The hot path: validated in memory (the attempt's questions are cached), then written by the
 * AnswerBatcher — one statement, alone or with the other saves waiting at that moment. The
 * attempt row is read FOR SHARE inside the insert, so a save and a submit of the same attempt are
 * serialised: either the answer is stored before the submit scores (and counts), or the save sees
 * the attempt closed and answers ATTEMPT_CLOSED. An acknowledged answer is therefore always
 * scored. A save from a device other than the one the attempt is bound to (or naming none,
 * docs/security.md) is not written either; only then does a second query tell why.
 */
@Injectable()
export class AnswersService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly questions: AttemptQuestionsCache,
    private readonly receipts: ReceiptService,
    private readonly attempts: AttemptsRepository,
  ) {
    this.batcher = new AnswerBatcher(dataSource, {
      maxInFlight: config.attempts.saveConcurrency,
      maxBatch: 200,
      graceSeconds: config.attempts.graceSeconds,
    });
  }

  private readonly batcher: AnswerBatcher;

  async save(
    attemptId: string,
    questionId: string,
    userId: string,
    dto: SaveAnswerDto,
    deviceId?: string,
  ): Promise<SaveAnswerResultDto> {
    const attempt = await this.questions.get(attemptId);
    if (!attempt || attempt.userId !== userId)
      throw AppException.notFound('Không tìm thấy lượt thi');
    const question = attempt.questions.get(questionId);
    if (!question)
      throw AppException.validation('Câu hỏi không thuộc lượt thi này', [
        { field: 'questionId', message: 'không thuộc lượt thi' },
      ]);

    const { optionIds, text } = answerFromInput(question, dto);

    const outcome = await this.batcher.save({
      attemptId,
      questionId,
      userId,
      optionIds,
      text,
      deviceId: deviceId ?? null,
    });
    if ('refused' in outcome) {
      throw await refusedWriteError(this.attempts, {
        attemptId,
        userId,
        deviceId,
        graceSeconds: this.config.attempts.graceSeconds,
      });
    }
    const savedAt = outcome.savedAt.toISOString();
    const receipt = this.receipts.sign({
      attemptId,
      questionId,
      answerHash: hashAnswer({ optionIds, text }),
      savedAt,
    });
    return { questionId, savedAt, receipt };
  }

  /** The batcher's queue, for the metrics (apps/api/src/metrics). */
  batchStats(): { waiting: number; running: number } {
    return { waiting: this.batcher.waiting, running: this.batcher.running };
  }

  onBatch(listener: BatchListener): void {
    this.batcher.onBatch(listener);
  }
}
