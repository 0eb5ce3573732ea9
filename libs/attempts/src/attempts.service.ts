import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
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
  shuffle,
} from '@app/contests';
import { QuestionPoolService } from '@app/question-bank';
import { DataSource, Repository } from 'typeorm';
import { toAttemptDto, toResultDto } from './attempt-view';
import { AttemptQuestionsCache } from './attempt-questions.cache';
import type { AttemptDto, AttemptResultDto } from './dto/attempt.dto';
import { AttemptAnswerEntity } from './entities/attempt-answer.entity';
import { AttemptEntity, type DrawnQuestion } from './entities/attempt.entity';
import { QuestionSnapshotsService } from './question-snapshots.service';
import { isOtherDevice } from './rules/device';
import { computeDeadline, isPastGrace } from './rules/timing';
import { SubmissionService } from './submission.service';

export interface StartMeta {
  ip?: string;
  userAgent?: string;
  /** The caller's device (`X-Device-Id`); without one the server binds the attempt to a token it returns. */
  deviceId?: string;
}

type Candidates = Awaited<ReturnType<QuestionPoolService['listCandidates']>>;
const POOL_TTL_MS = 15_000;

@Injectable()
export class AttemptsService {
  private readonly poolCache = new Map<string, { at: number; pool: Promise<Candidates> }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(AttemptEntity) private readonly attempts: Repository<AttemptEntity>,
    @InjectRepository(AttemptAnswerEntity)
    private readonly answers: Repository<AttemptAnswerEntity>,
    private readonly access: ContestAccessService,
    private readonly pool: QuestionPoolService,
    private readonly snapshots: QuestionSnapshotsService,
    private readonly questionsCache: AttemptQuestionsCache,
    private readonly submission: SubmissionService,
  ) {}

  /**
   * Starts an attempt, or returns the caller's attempt still in progress in this round (a phone
   * that retries never creates two). Serialised per person and round by an advisory lock, and
   * backed by unique indexes, so concurrent starts never exceed attemptsPerRound.
   */
  async start(
    roundId: string,
    userId: string,
    meta: StartMeta,
  ): Promise<{ attempt: AttemptDto; created: boolean }> {
    const { round, contest } = await this.access.getRound(roundId);
    if (contest.status !== 'published') throw AppException.notFound('Không tìm thấy tuần thi');

    const inProgress = await this.attempts.findOne({
      where: { roundId, userId, status: 'in_progress' },
    });
    if (inProgress) {
      if (!isPastGrace(new Date(), inProgress.deadlineAt, this.config.attempts.graceSeconds)) {
        return {
          attempt: withDevice(await this.view(inProgress, contest), inProgress, meta.deviceId),
          created: false,
        };
      }
      await this.submission.finalizeExpired(inProgress.id);
    }
    if (roundStatus(round, new Date()) !== 'open') {
      throw AppException.conflict(ErrorCode.ROUND_NOT_OPEN, 'Tuần thi chưa mở hoặc đã kết thúc');
    }
    await this.assertEligible(contest, userId);
    // Drawn before the transaction: loading question versions must not hold a pooled connection
    // while the transaction holds another.
    const drawn = await this.draw(contest, await this.candidates(contest));

    const result = await this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `attempt-start:${roundId}:${userId}`,
      ]);
      const existing = await em.findOne(AttemptEntity, {
        where: { roundId, userId, status: 'in_progress' },
      });
      if (existing) return { attempt: existing, created: false };
      const [{ now, taken }] = await em.query<Array<{ now: Date; taken: number }>>(
        'SELECT now() AS now, count(*)::int AS taken FROM attempts WHERE round_id = $1 AND user_id = $2',
        [roundId, userId],
      );
      if (roundStatus(round, now) !== 'open')
        throw AppException.conflict(ErrorCode.ROUND_NOT_OPEN, 'Tuần thi đã kết thúc');
      if (taken >= contest.attemptsPerRound) {
        throw AppException.conflict(
          ErrorCode.NO_ATTEMPTS_LEFT,
          `Bạn đã dùng hết ${contest.attemptsPerRound} lượt thi của tuần này`,
        );
      }
      const attempt = em.create(AttemptEntity, {
        roundId,
        contestId: contest.id,
        userId,
        attemptNo: taken + 1,
        status: 'in_progress',
        startedAt: now,
        deadlineAt: computeDeadline({
          startedAt: now,
          timeLimitSec: contest.timeLimitSec,
          roundClosesAt: round.closesAt,
        }),
        questions: drawn.questions,
        questionCount: drawn.questions.length,
        maxScore: drawn.maxScore,
        deviceId: meta.deviceId?.slice(0, 200) ?? `t-${randomBytes(16).toString('base64url')}`,
        ip: meta.ip?.slice(0, 100) ?? null,
        userAgent: meta.userAgent?.slice(0, 500) ?? null,
      });
      await em.insert(AttemptEntity, attempt);
      return { attempt, created: true };
    });
    await this.questionsCache.put(result.attempt.id, userId, result.attempt.questions);
    const dto = withDevice(
      await this.view(result.attempt, contest, result.created ? [] : undefined),
      result.attempt,
      meta.deviceId,
    );
    if (result.created && !meta.deviceId && result.attempt.deviceId)
      dto.deviceToken = result.attempt.deviceId;
    return { attempt: dto, created: result.created };
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
    const { contest } = await this.access.getRound(attempt.roundId);
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
      const rows = await this.dataSource.query<
        Array<{ round_id: string; title: string; round_title: string }>
      >(
        'SELECT r.id AS round_id, c.title, r.title AS round_title FROM rounds r JOIN contests c ON c.id = r.contest_id WHERE r.id = ANY($1)',
        [[...new Set(items.map((a) => a.roundId))]],
      );
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
    let maxScore = 0;
    const questions = chosen.map((c) => {
      const s = snapshots.get(c.questionId);
      if (!s) throw new Error(`snapshot missing for ${c.questionId}`);
      maxScore += s.points;
      const optionIds = s.options.map((o) => o.id);
      // True/false keeps its natural order (Đúng, Sai): shuffling it only confuses people.
      const optionOrder =
        contest.shuffleOptions && s.type !== 'true_false' ? shuffle(optionIds, rng) : optionIds;
      return { questionId: c.questionId, versionId: c.versionId, bankId: c.bankId, optionOrder };
    });
    return { questions, maxScore };
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

  private async assertEligible(contest: ContestEntity, userId: string): Promise<void> {
    if (!contest.requireVerifiedEmail && !contest.eligibleUnitIds) return;
    const [row] = await this.dataSource.query<Array<{ verified: boolean; in_unit: boolean }>>(
      `SELECT u.email_verified_at IS NOT NULL AS verified,
              (CAST($2 AS uuid[]) IS NULL OR EXISTS (
                WITH RECURSIVE up AS (
                  SELECT id, parent_id FROM units WHERE id = u.unit_id
                  UNION ALL
                  SELECT p.id, p.parent_id FROM units p JOIN up ON p.id = up.parent_id
                )
                SELECT 1 FROM up WHERE id = ANY($2::uuid[]))) AS in_unit
       FROM users u WHERE u.id = $1`,
      [userId, contest.eligibleUnitIds],
    );
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

export interface MyAttemptDto {
  id: string;
  roundId: string;
  contestId: string;
  contestTitle: string;
  roundTitle: string;
  attemptNo: number;
  status: string;
  startedAt: string;
  deadlineAt: string;
  result?: AttemptResultDto;
}
