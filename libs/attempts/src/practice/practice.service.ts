import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, AppException, ErrorCode } from '@app/core';
import { ContestAccessService, type ContestEntity, createSeededRng, shuffle } from '@app/contests';
import type { AuthUser } from '@app/accounts';
import { QuestionPoolService } from '@app/question-bank';
import { answerFromInput } from '../answer-input';
import type { SaveAnswerDto } from '../dto/attempt.dto';
import type { DrawnQuestion } from '../entities/attempt.entity';
import { QuestionSnapshotsService, type VersionSnapshot } from '../question-snapshots.service';
import { hashAnswer, ReceiptService } from '../receipt.service';
import { scoreAnswer } from '../rules/scoring';
import type {
  PracticeAttemptDto,
  PracticeFeedbackDto,
  PracticeSaveResultDto,
  PracticeSubmitResultDto,
} from './practice.dto';
import { type PracticeAttemptRow, PracticeRepository } from './practice.repository';

/**
 * Practice ("Thi thử", docs/fairness.md): unlimited, unscored attempts drawn from the practice
 * pool the organizer chose — never from the banks of the official draw — timed by the server
 * like any attempt, with the right answer and explanation shown after each answer or at the end.
 * They live in `practice_attempts`, so nothing that counts can see them.
 */
@Injectable()
export class PracticeService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: ContestAccessService,
    private readonly pool: QuestionPoolService,
    private readonly snapshots: QuestionSnapshotsService,
    private readonly receipts: ReceiptService,
    private readonly repo: PracticeRepository,
  ) {}

  private get grace(): number {
    return this.config.attempts.graceSeconds;
  }

  /**
   * Starts a practice attempt. The contest must be published (its staff may also practise a
   * draft) and have practice enabled; 404 otherwise. Staff and bank readers may practise: the
   * practice pool is not the official draw.
   */
  async start(contestId: string, user: AuthUser): Promise<PracticeAttemptDto> {
    const contest = await this.access.getContest(contestId);
    if (contest.status !== 'published' && !(await this.access.isStaffOrAdmin(contest.id, user)))
      throw AppException.notFound('Không tìm thấy cuộc thi');
    if (!contest.practice.enabled)
      throw AppException.notFound('Cuộc thi này không mở phần thi thử');
    const drawn = await this.draw(contest);
    if (drawn.questions.length === 0)
      throw AppException.conflict(
        ErrorCode.DRAW_RULES_UNSATISFIABLE,
        'Ngân hàng thi thử chưa có câu hỏi phù hợp',
      );
    const row = await this.repo.insert({
      contestId: contest.id,
      userId: user.id,
      reveal: contest.practice.reveal ?? 'each',
      timeLimitSec: contest.timeLimitSec,
      questions: drawn.questions,
      maxScore: drawn.maxScore,
      graceSeconds: this.grace,
    });
    return this.view(row, contest);
  }

  /** The person's practice attempt (closed by the server once its time is over). */
  async get(id: string, userId: string): Promise<PracticeAttemptDto> {
    let row = await this.own(id, userId);
    if (row.status === 'in_progress' && row.expired) row = await this.finish(row, true);
    return this.view(row, await this.access.getContest(row.contestId));
  }

  async save(
    id: string,
    questionId: string,
    userId: string,
    dto: SaveAnswerDto,
  ): Promise<PracticeSaveResultDto> {
    const row = await this.own(id, userId);
    const drawn = row.questions.find((q) => q.questionId === questionId);
    if (!drawn)
      throw AppException.validation('Câu hỏi không thuộc lượt thi này', [
        { field: 'questionId', message: 'không thuộc lượt thi' },
      ]);
    const snapshot = (await this.snapshots.forAttempt([drawn])).get(questionId) as VersionSnapshot;
    const { optionIds, text } = answerFromInput(
      { type: snapshot.type, optionIds: new Set(drawn.optionOrder) },
      dto,
    );
    const savedAt = new Date().toISOString();
    const answer = {
      ...(optionIds ? { optionIds } : {}),
      ...(text !== null ? { text } : {}),
      savedAt,
    };
    if (!(await this.repo.saveAnswer(id, userId, questionId, answer, this.grace)))
      throw AppException.conflict(ErrorCode.ATTEMPT_CLOSED, 'Lượt thi thử đã kết thúc');
    const receipt = this.receipts.sign({
      attemptId: id,
      questionId,
      answerHash: hashAnswer({ optionIds, text }),
      savedAt,
    });
    const result: PracticeSaveResultDto = { questionId, savedAt, receipt };
    if (row.reveal === 'end') return result;
    const { questionId: _, ...feedback } = feedbackOf(snapshot, answer);
    return { ...result, ...feedback };
  }

  /** Closes the attempt (idempotent) with its score and every question's right answer. */
  async submit(id: string, userId: string): Promise<PracticeSubmitResultDto> {
    let row = await this.own(id, userId);
    if (row.status === 'in_progress') row = await this.finish(row, row.expired);
    const snapshots = await this.snapshots.forAttempt(row.questions);
    const result = {
      score: row.score ?? 0,
      maxScore: row.maxScore,
      correctCount: row.correctCount ?? 0,
      questionCount: row.questionCount,
      durationMs: durationOf(row),
      submittedAt: (row.submittedAt as Date).toISOString(),
      autoSubmitted: row.autoSubmitted,
      pendingEssays: 0,
      prediction: null,
    };
    const receipt = this.receipts.sign({
      attemptId: row.id,
      questionId: 'submit',
      answerHash: hashAnswer({ score: result.score, submitted: true }),
      savedAt: result.submittedAt,
    });
    return {
      id: row.id,
      status: 'submitted',
      ...result,
      receipt,
      practice: true,
      review: row.questions.map((q) =>
        feedbackOf(snapshots.get(q.questionId) as VersionSnapshot, row.answers[q.questionId]),
      ),
    };
  }

  private async own(id: string, userId: string): Promise<PracticeAttemptRow> {
    const row = await this.repo.find(id, userId, this.grace);
    if (!row) throw AppException.notFound('Không tìm thấy lượt thi');
    return row;
  }

  /** Scores and closes; a concurrent close wins and its row is returned. */
  private async finish(row: PracticeAttemptRow, auto: boolean): Promise<PracticeAttemptRow> {
    const snapshots = await this.snapshots.forAttempt(row.questions);
    let score = 0;
    let correctCount = 0;
    for (const q of row.questions) {
      const s = scoreAnswer(
        asQuestion(snapshots.get(q.questionId) as VersionSnapshot),
        row.answers[q.questionId],
      );
      score += s.points;
      if (s.correct) correctCount++;
    }
    score = Math.round(score * 1e6) / 1e6;
    const closed = await this.repo.close(
      row.id,
      row.userId,
      { score, correctCount, autoSubmitted: auto },
      this.grace,
    );
    return closed ?? (await this.own(row.id, row.userId));
  }

  /** Draws from the practice banks (never a bank of the official draw), tags, no essays. */
  private async draw(
    contest: ContestEntity,
  ): Promise<{ questions: DrawnQuestion[]; maxScore: number }> {
    const official = new Set(contest.drawRules.map((r) => r.bankId));
    const bankIds = contest.practice.bankIds.filter((id) => !official.has(id));
    const tags = new Set(contest.practice.tags ?? []);
    const candidates = (await this.pool.listCandidates(bankIds)).filter(
      (c) =>
        c.type !== 'essay' &&
        (tags.size === 0 || (c.tags ?? []).some((t) => tags.has(t.toLowerCase()))),
    );
    const rng = createSeededRng(randomBytes(16).toString('hex'));
    const count = contest.practice.questionCount ?? contest.questionCount;
    const chosen = shuffle(candidates, rng).slice(0, count);
    const snapshots = await this.snapshots.forAttempt(
      chosen.map((c) => ({ ...c, optionOrder: [] })),
    );
    let maxScore = 0;
    const questions = chosen.map((c) => {
      const s = snapshots.get(c.questionId) as VersionSnapshot;
      maxScore += s.points;
      const optionIds = s.options.map((o) => o.id);
      const optionOrder =
        contest.shuffleOptions && s.type !== 'true_false' ? shuffle(optionIds, rng) : optionIds;
      return { questionId: c.questionId, versionId: c.versionId, bankId: c.bankId, optionOrder };
    });
    return { questions, maxScore };
  }

  private async view(row: PracticeAttemptRow, contest: ContestEntity): Promise<PracticeAttemptDto> {
    const snapshots = await this.snapshots.forAttempt(row.questions);
    const submitted = row.status === 'submitted';
    const dto: PracticeAttemptDto = {
      id: row.id,
      roundId: null,
      contestId: row.contestId,
      attemptNo: row.attemptNo,
      status: row.status,
      startedAt: row.startedAt.toISOString(),
      deadlineAt: row.deadlineAt.toISOString(),
      serverNow: new Date().toISOString(),
      questions: row.questions.map((drawn, i) => {
        const s = snapshots.get(drawn.questionId) as VersionSnapshot;
        const texts = new Map(s.options.map((o) => [o.id, o.text]));
        return {
          id: drawn.questionId,
          position: i + 1,
          type: s.type,
          prompt: s.prompt,
          options: drawn.optionOrder.map((id) => ({ id, text: texts.get(id) ?? '' })),
          points: s.points,
        };
      }),
      answers: row.answers,
      prediction: { enabled: false, prompt: '' },
      displayMode: contest.displayMode,
      practice: true,
      reveal: row.reveal,
    };
    // The right answers: of the answered questions after each answer, of all once submitted.
    const shown = row.questions.filter(
      (q) => submitted || (row.reveal === 'each' && row.answers[q.questionId]),
    );
    if (shown.length)
      dto.feedback = Object.fromEntries(
        shown.map((q) => [
          q.questionId,
          feedbackOf(snapshots.get(q.questionId) as VersionSnapshot, row.answers[q.questionId]),
        ]),
      );
    if (submitted)
      dto.result = {
        score: row.score ?? 0,
        maxScore: row.maxScore,
        correctCount: row.correctCount ?? 0,
        questionCount: row.questionCount,
        durationMs: durationOf(row),
        submittedAt: (row.submittedAt as Date).toISOString(),
        autoSubmitted: row.autoSubmitted,
        pendingEssays: 0,
        prediction: null,
      };
    return dto;
  }
}

function asQuestion(s: VersionSnapshot) {
  return {
    questionId: s.questionId,
    type: s.type,
    points: s.points,
    options: s.options.map((o) => ({ id: o.id, correct: o.correct })),
    acceptedAnswers: s.acceptedAnswers,
    toneInsensitive: s.toneInsensitive,
  };
}

function feedbackOf(
  s: VersionSnapshot,
  answer: { optionIds?: string[]; text?: string } | undefined,
): PracticeFeedbackDto {
  const scored = scoreAnswer(asQuestion(s), answer);
  return {
    questionId: s.questionId,
    correct: scored.correct === true,
    correctOptionIds: s.options.filter((o) => o.correct).map((o) => o.id),
    explanation: s.explanation,
    ...(s.type === 'short_text' ? { acceptedAnswers: s.acceptedAnswers } : {}),
  };
}

function durationOf(row: PracticeAttemptRow): number {
  const end = row.submittedAt ?? row.deadlineAt;
  return Math.max(0, end.getTime() - row.startedAt.getTime());
}
