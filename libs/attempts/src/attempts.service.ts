import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  type AppConfig,
  AppException,
  ErrorCode,
  type Page,
  pageOf,
  type PaginationQueryDto,
} from '@app/core';
import {
  ContestAccessService,
  type ContestEntity,
  createSeededRng,
  drawQuestions,
  roundStatus,
} from '@app/contests';
import { type AuthUser, hasRole } from '@app/accounts';
import { BankAccessService, QuestionPoolService } from '@app/question-bank';
import { Repository } from 'typeorm';
import { toAttemptDto, toResultDto } from './attempt-view';
import { AttemptsRepository } from './attempts.repository';
import { AttemptQuestionsCache } from './attempt-questions.cache';
import type { AttemptDto, MyAttemptDto } from './dto/attempt.dto';
import { AttemptAnswerEntity } from './entities/attempt-answer.entity';
import { AttemptEntity, type DrawnQuestion } from './entities/attempt.entity';
import { QuestionSnapshotsService } from './question-snapshots.service';
import { isOtherDevice } from './rules/device';
import { buildPaper } from './rules/paper';
import { isPastGrace } from './rules/timing';
import { SubmissionService } from './submission.service';

export interface StartMeta {
  ip?: string;
  userAgent?: string;
  /** The caller's device (`X-Device-Id`); without one the server binds the attempt to a token it returns. */
  deviceId?: string;
}

type Candidates = Awaited<ReturnType<QuestionPoolService['listCandidates']>>;
/**
 * The draw's candidate questions (ids and current versions of the active questions of the
 * contest's banks) are read at most once per 2 s per process: a question edited or archived
 * mid-round is drawn in its new state within 2 s, on every instance.
 */
const POOL_TTL_MS = 2_000;

@Injectable()
export class AttemptsService {
  private readonly poolCache = new Map<string, { at: number; pool: Promise<Candidates> }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: AttemptsRepository,
    @InjectRepository(AttemptEntity) private readonly attempts: Repository<AttemptEntity>,
    @InjectRepository(AttemptAnswerEntity)
    private readonly answers: Repository<AttemptAnswerEntity>,
    private readonly access: ContestAccessService,
    private readonly pool: QuestionPoolService,
    private readonly snapshots: QuestionSnapshotsService,
    private readonly questionsCache: AttemptQuestionsCache,
    private readonly submission: SubmissionService,
    private readonly bankAccess: BankAccessService,
  ) {}

  /**
   * Starts an attempt, or returns the caller's attempt still in progress in this round (a phone
   * that retries never creates two).
   *
   * The common case — a first start in an open round — is one INSERT … SELECT: the database
   * checks that the round is open and its contest published (its own clock), counts the
   * person's attempts and inserts with the next number, all in the statement. Two concurrent
   * starts by one person collide on the unique indexes (one in-progress attempt per person and
   * round; one row per attempt number) and the loser inserts nothing, so attemptsPerRound is
   * never exceeded. Only when nothing was inserted does a second query tell why.
   *
   * Someone who can read the contest's banks (administrators, the banks' owners and co-editors,
   * the staff of contests drawing from them) knows the answer key: 403 FORBIDDEN.
   */
  async start(
    roundId: string,
    user: AuthUser,
    meta: StartMeta,
  ): Promise<{ attempt: AttemptDto; created: boolean }> {
    const userId = user.id;
    const { contest } = await this.access.getRoundCached(roundId);
    if (contest.status !== 'published') throw AppException.notFound('Không tìm thấy tuần thi');
    await this.assertNotBankReader(contest, user);
    try {
      await this.assertEligible(contest, userId);
    } catch (error) {
      // Someone no longer eligible (moved to another unit) still finishes what they started.
      const resumed = await this.resume(roundId, userId, contest, meta);
      if (resumed) return { attempt: resumed, created: false };
      throw error;
    }

    // Drawn before the insert: it needs the question pool (cached), not a connection.
    const drawn = await this.draw(contest, await this.candidates(contest));
    for (let tries = 0; ; tries++) {
      const created = await this.insertAttempt(roundId, contest, userId, drawn, meta);
      if (created) {
        await this.questionsCache.put(created.id, userId, created.questions);
        const dto = withDevice(await this.view(created, contest, []), created, meta.deviceId);
        if (!meta.deviceId && created.deviceId) dto.deviceToken = created.deviceId;
        return { attempt: dto, created: true };
      }
      // Nothing inserted: an attempt in progress (resume it, or close it if its time is over and
      // try again once), the round not open, or no attempts left.
      const resumed = await this.resume(roundId, userId, contest, meta);
      if (resumed) return { attempt: resumed, created: false };
      if (resumed === null && tries === 0) continue;
      const fresh = await this.access.getRound(roundId);
      if (fresh.contest.status !== 'published')
        throw AppException.notFound('Không tìm thấy tuần thi');
      // The database's clock, as in the insert (the app's may differ by a few seconds).
      const now = await this.repository.databaseNow();
      if (roundStatus(fresh.round, now) !== 'open')
        throw AppException.conflict(ErrorCode.ROUND_NOT_OPEN, 'Tuần thi chưa mở hoặc đã kết thúc');
      const taken = await this.attempts.count({ where: { roundId, userId } });
      if (taken >= fresh.contest.attemptsPerRound) {
        throw AppException.conflict(
          ErrorCode.NO_ATTEMPTS_LEFT,
          `Bạn đã dùng hết ${fresh.contest.attemptsPerRound} lượt thi của tuần này`,
        );
      }
      // A concurrent start or submit of the same person moved things on: look again.
      if (tries >= 2)
        throw AppException.conflict(ErrorCode.CONFLICT, 'Đang có thao tác khác, vui lòng thử lại');
    }
  }

  /**
   * The caller's attempt in progress in this round, as a DTO; `null` when there was one but its
   * time was over (it is closed now), `undefined` when there is none.
   */
  private async resume(
    roundId: string,
    userId: string,
    contest: ContestEntity,
    meta: StartMeta,
  ): Promise<AttemptDto | null | undefined> {
    const inProgress = await this.attempts.findOne({
      where: { roundId, userId, status: 'in_progress' },
    });
    if (!inProgress) return undefined;
    if (isPastGrace(new Date(), inProgress.deadlineAt, this.config.attempts.graceSeconds)) {
      await this.submission.finalizeExpired(inProgress.id);
      return null;
    }
    await this.questionsCache.put(inProgress.id, userId, inProgress.questions);
    return withDevice(await this.view(inProgress, contest), inProgress, meta.deviceId);
  }

  /** The one-statement start; returns the new attempt, or null when nothing was inserted. */
  private async insertAttempt(
    roundId: string,
    contest: ContestEntity,
    userId: string,
    drawn: { questions: DrawnQuestion[]; maxScore: number },
    meta: StartMeta,
  ): Promise<AttemptEntity | null> {
    const deviceId = meta.deviceId?.slice(0, 200) ?? `t-${randomBytes(16).toString('base64url')}`;
    const row = await this.repository.insertStart({
      roundId,
      userId,
      contestId: contest.id,
      timeLimitSec: contest.timeLimitSec,
      questions: drawn.questions,
      maxScore: drawn.maxScore,
      deviceId,
      ip: meta.ip?.slice(0, 100) ?? null,
      userAgent: meta.userAgent?.slice(0, 500) ?? null,
      attemptsPerRound: contest.attemptsPerRound,
    });
    if (!row) return null;
    return this.attempts.create({
      id: row.id,
      roundId,
      contestId: contest.id,
      userId,
      attemptNo: row.attempt_no,
      status: 'in_progress',
      startedAt: new Date(row.started_at),
      deadlineAt: new Date(row.deadline_at),
      submittedAt: null,
      autoSubmitted: false,
      durationMs: null,
      score: null,
      maxScore: drawn.maxScore,
      correctCount: null,
      questionCount: drawn.questions.length,
      pendingEssays: 0,
      prediction: null,
      questions: drawn.questions,
      deviceId,
      ip: meta.ip?.slice(0, 100) ?? null,
      userAgent: meta.userAgent?.slice(0, 500) ?? null,
      disqualifiedAt: null,
      disqualifiedReason: null,
      unitId: row.unit_id,
    });
  }

  /** `deviceId`: the caller's device; an attempt bound to another one says so (`boundToOtherDevice`). */
  async get(attemptId: string, userId: string, deviceId?: string): Promise<AttemptDto> {
    let attempt = await this.attempts.findOne({ where: { id: attemptId, userId } });
    if (!attempt) throw AppException.notFound('Không tìm thấy lượt thi');
    if (
      attempt.status === 'in_progress' &&
      isPastGrace(new Date(), attempt.deadlineAt, this.config.attempts.graceSeconds)
    ) {
      await this.submission.finalizeExpired(attempt.id);
      attempt = await this.attempts.findOneOrFail({ where: { id: attemptId } });
    }
    const { contest } = await this.access.getRoundCached(attempt.roundId);
    return withDevice(await this.view(attempt, contest), attempt, deviceId);
  }

  async listMine(userId: string, query: PaginationQueryDto): Promise<Page<MyAttemptDto>> {
    const [items, total] = await this.attempts.findAndCount({
      where: { userId },
      order: { startedAt: 'DESC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    const contests = new Map<string, { title: string; roundTitle: string }>();
    if (items.length) {
      const rows = await this.repository.roundTitles([...new Set(items.map((a) => a.roundId))]);
      for (const r of rows) contests.set(r.round_id, { title: r.title, roundTitle: r.round_title });
    }
    return pageOf(
      items.map((a) => ({
        id: a.id,
        roundId: a.roundId,
        contestId: a.contestId,
        contestTitle: contests.get(a.roundId)?.title ?? '',
        roundTitle: contests.get(a.roundId)?.roundTitle ?? '',
        attemptNo: a.attemptNo,
        status: a.status,
        startedAt: a.startedAt.toISOString(),
        deadlineAt: a.deadlineAt.toISOString(),
        result: a.status === 'submitted' ? toResultDto(a) : undefined,
      })),
      total,
      query,
    );
  }

  private async view(
    attempt: AttemptEntity,
    contest: ContestEntity,
    answers?: AttemptAnswerEntity[],
  ): Promise<AttemptDto> {
    const [snapshots, saved] = await Promise.all([
      this.snapshots.forAttempt(attempt.questions),
      answers ? Promise.resolve(answers) : this.answers.find({ where: { attemptId: attempt.id } }),
    ]);
    return toAttemptDto(attempt, snapshots, saved, contest, new Date());
  }

  private async draw(
    contest: ContestEntity,
    pool: Candidates,
  ): Promise<{ questions: DrawnQuestion[]; maxScore: number }> {
    const rng = createSeededRng(randomBytes(16).toString('hex'));
    const byId = new Map(pool.map((c) => [c.questionId, c]));
    const ids = drawQuestions(
      contest.drawRules,
      pool.map((c) => ({
        id: c.questionId,
        bankId: c.bankId,
        tags: c.tags,
        difficulty: c.difficulty as 1 | 2 | 3,
        type: c.type,
      })),
      { rng, shuffleQuestions: contest.shuffleQuestions },
    );
    const chosen = ids.map((id) => byId.get(id) as Candidates[number]);
    const snapshots = await this.snapshots.forAttempt(
      chosen.map((c) => ({
        questionId: c.questionId,
        versionId: c.versionId,
        bankId: c.bankId,
        optionOrder: [],
      })),
    );
    return buildPaper(
      chosen.map((c) => {
        const s = snapshots.get(c.questionId);
        if (!s) throw new Error(`snapshot missing for ${c.questionId}`);
        return {
          questionId: c.questionId,
          versionId: c.versionId,
          bankId: c.bankId,
          type: s.type,
          points: s.points,
          optionIds: s.options.map((o) => o.id),
        };
      }),
      { shuffleOptions: contest.shuffleOptions },
      rng,
    );
  }

  private candidates(contest: ContestEntity): Promise<Candidates> {
    const bankIds = [...new Set(contest.drawRules.map((r) => r.bankId))].sort();
    const key = bankIds.join(',');
    const hit = this.poolCache.get(key);
    if (hit && Date.now() - hit.at < POOL_TTL_MS) return hit.pool;
    const pool = this.pool.listCandidates(bankIds);
    this.poolCache.set(key, { at: Date.now(), pool });
    pool.catch(() => this.poolCache.delete(key));
    return pool;
  }

  private async assertNotBankReader(contest: ContestEntity, user: AuthUser): Promise<void> {
    const readers = hasRole(user, 'admin')
      ? null
      : await this.bankAccess.readersOf(contest.drawRules.map((r) => r.bankId));
    if (readers === null || readers.has(user.id)) {
      throw AppException.forbidden(
        'Người xem được ngân hàng câu hỏi của cuộc thi không được dự thi tính điểm',
      );
    }
  }

  private async assertEligible(contest: ContestEntity, userId: string): Promise<void> {
    if (!contest.requireVerifiedEmail && !contest.eligibleUnitIds) return;
    const row = await this.repository.eligibility(userId, contest.eligibleUnitIds);
    if (!row) throw AppException.unauthorized();
    if (contest.requireVerifiedEmail && !row.verified) {
      throw new AppException(
        403,
        ErrorCode.NOT_ELIGIBLE,
        'Cuộc thi yêu cầu xác minh e-mail trước khi dự thi',
      );
    }
    if (!row.in_unit) {
      throw new AppException(
        403,
        ErrorCode.NOT_ELIGIBLE,
        'Cuộc thi chỉ dành cho đoàn viên thuộc các đơn vị được mời',
      );
    }
  }
}

/** An in-progress attempt tells whether it is bound to another device than the caller's. */
function withDevice(
  dto: AttemptDto,
  attempt: AttemptEntity,
  deviceId: string | undefined,
): AttemptDto {
  if (attempt.status === 'in_progress')
    dto.boundToOtherDevice = isOtherDevice(attempt.deviceId, deviceId);
  return dto;
}
