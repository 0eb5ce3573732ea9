import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type AuthUser, hasRole } from '@app/accounts';
import {
  AppException,
  ErrorCode,
  isUuid,
  type Page,
  pageOf,
  type PaginationQueryDto,
} from '@app/core';
import { isUniqueViolation } from '@app/database';
import { BankAccessService, QuestionPoolService } from '@app/question-bank';
import { DataSource, type EntityManager, In, Repository } from 'typeorm';
import {
  type ContestDto,
  type ContestSummaryDto,
  toContestDto,
  toContestSummary,
} from './dto/contest.dto';
import type {
  AddStaffDto,
  CreateContestDto,
  RoundInputDto,
  UpdateContestDto,
} from './dto/contest-input.dto';
import { ContestStaffEntity } from './entities/contest-staff.entity';
import { ContestEntity } from './entities/contest.entity';
import { RoundEntity } from './entities/round.entity';
import { ContestAccessService } from './contest-access.service';
import { ContestsRepository } from './contests.repository';
import { checkContestSettings } from './rules/contest-settings';
import {
  FLAG_THRESHOLDS_CHANGED,
  type FlagThresholdsChangedEvent,
  fairnessSettingsFrom,
} from './rules/fairness-settings';
import { effectiveFlagThresholds } from './rules/flag-thresholds';
import { checkDrawRules } from './rules/draw';

const DEFAULT_PREDICTION_PROMPT =
  'Dự đoán có bao nhiêu người trả lời đúng tất cả các câu hỏi của tuần thi này?';

@Injectable()
export class ContestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ContestEntity) private readonly contests: Repository<ContestEntity>,
    @InjectRepository(RoundEntity) private readonly rounds: Repository<RoundEntity>,
    private readonly access: ContestAccessService,
    private readonly pool: QuestionPoolService,
    private readonly events: EventEmitter2,
    private readonly banks: BankAccessService,
    private readonly repository: ContestsRepository,
  ) {}

  async create(dto: CreateContestDto, user: AuthUser): Promise<ContestDto> {
    this.assertSettings({ ...dto, prediction: dto.prediction });
    await this.assertBanksReadable(dto.drawRules, dto.practice?.bankIds, user);
    const id = await this.dataSource.transaction(async (em) => {
      const contest = em.create(ContestEntity, {
        ...this.settingsFrom(dto),
        title: dto.title.trim(),
        slug: dto.slug,
        status: 'draft',
        createdById: user.id,
      });
      await this.insertUniqueSlug(em, contest);
      await em.insert(
        RoundEntity,
        dto.rounds.map((r, i) => ({
          contestId: contest.id,
          position: i + 1,
          title: r.title.trim(),
          opensAt: new Date(r.opensAt),
          closesAt: new Date(r.closesAt),
        })),
      );
      await em.insert(ContestStaffEntity, {
        contestId: contest.id,
        userId: user.id,
        role: 'organizer',
      });
      return contest.id;
    });
    return this.get(id, user);
  }

  async update(id: string, dto: UpdateContestDto, user: AuthUser): Promise<ContestDto> {
    const contest = await this.findContest(id);
    await this.access.assertCanManage(contest.id, user);
    const rounds = await this.rounds.find({
      where: { contestId: contest.id },
      order: { position: 'ASC' },
    });
    const merged = {
      questionCount: dto.questionCount ?? contest.questionCount,
      drawRules: dto.drawRules ?? contest.drawRules,
      rounds:
        dto.rounds ??
        rounds.map((r) => ({
          opensAt: r.opensAt.toISOString(),
          closesAt: r.closesAt.toISOString(),
        })),
      prediction: dto.prediction ?? contest.prediction,
      practice: dto.practice ?? contest.practice,
    };
    this.assertSettings(merged);
    const thresholdsBefore = effectiveFlagThresholds(contest.flagThresholds);
    if (dto.drawRules || dto.practice)
      await this.assertBanksReadable(dto.drawRules ?? [], dto.practice?.bankIds, user);
    await this.dataSource.transaction(async (em) => {
      const { rounds: roundInputs, slug, title, ...rest } = dto;
      Object.assign(
        contest,
        this.settingsFrom({ ...contest, ...rest } as unknown as CreateContestDto),
      );
      if (title !== undefined) contest.title = title.trim();
      if (slug !== undefined) contest.slug = slug;
      try {
        await em.save(ContestEntity, contest);
      } catch (error) {
        throw this.slugConflict(error);
      }
      if (roundInputs) await this.replaceRounds(em, contest.id, rounds, roundInputs);
    });
    if (contest.status === 'published' && (dto.drawRules || dto.questionCount))
      await this.assertDrawable(contest);
    const thresholdsAfter = effectiveFlagThresholds(contest.flagThresholds);
    if (JSON.stringify(thresholdsBefore) !== JSON.stringify(thresholdsAfter)) {
      const event: FlagThresholdsChangedEvent = {
        contestId: contest.id,
        actorId: user.id,
        before: thresholdsBefore,
        after: thresholdsAfter,
      };
      // Awaited: the flags are re-evaluated and the change audited before the answer.
      await this.events.emitAsync(FLAG_THRESHOLDS_CHANGED, event);
    }
    return this.get(contest.id, user);
  }

  async publish(id: string, user: AuthUser): Promise<ContestDto> {
    const contest = await this.findContest(id);
    await this.access.assertCanManage(contest.id, user);
    await this.assertDrawable(contest);
    await this.contests.update(
      { id: contest.id, status: 'draft' },
      { status: 'published', publishedAt: () => 'now()' },
    );
    return this.get(contest.id, user);
  }

  async addStaff(
    id: string,
    dto: AddStaffDto,
    user: AuthUser,
  ): Promise<{ contestId: string; userId: string; role: string }> {
    const contest = await this.findContest(id);
    await this.access.assertCanManage(contest.id, user);
    if (!(await this.repository.userExists(dto.userId)))
      throw AppException.validation('Người dùng không tồn tại', [
        { field: 'userId', message: 'không tồn tại' },
      ]);
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(ContestStaffEntity)
      .values({ contestId: contest.id, userId: dto.userId, role: dto.role })
      .orIgnore()
      .execute();
    return { contestId: contest.id, userId: dto.userId, role: dto.role };
  }

  async list(
    query: PaginationQueryDto & { includeDrafts?: boolean },
    user?: AuthUser,
  ): Promise<Page<ContestSummaryDto>> {
    const qb = this.contests.createQueryBuilder('c').orderBy('c.created_at', 'DESC');
    if (query.includeDrafts && user && hasRole(user, 'admin')) {
      // everything
    } else if (query.includeDrafts && user && hasRole(user, 'organizer', 'judge')) {
      qb.where(
        `(c.status = 'published' OR c.id IN (SELECT contest_id FROM contest_staff WHERE user_id = :uid))`,
        { uid: user.id },
      );
    } else {
      qb.where(`c.status = 'published'`);
    }
    const [items, total] = await qb
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const rounds = items.length
      ? await this.rounds.find({ where: { contestId: In(items.map((c) => c.id)) } })
      : [];
    const now = new Date();
    return pageOf(
      items.map((c) =>
        toContestSummary(
          c,
          rounds.filter((r) => r.contestId === c.id),
          now,
        ),
      ),
      total,
      query,
    );
  }

  async get(idOrSlug: string, user?: AuthUser): Promise<ContestDto> {
    const contest = await this.contests.findOne({
      where: isUuid(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug },
    });
    if (!contest) throw AppException.notFound('Không tìm thấy cuộc thi');
    const staffView = await this.access.isStaffOrAdmin(contest.id, user);
    if (contest.status === 'draft' && !staffView)
      throw AppException.notFound('Không tìm thấy cuộc thi');
    const rounds = await this.rounds.find({
      where: { contestId: contest.id },
      order: { position: 'ASC' },
    });
    return toContestDto(contest, rounds, new Date(), staffView);
  }

  /**
   * A contest may draw only from banks its author can read (docs/security.md): otherwise making
   * a contest would put its author on the access list of anyone's bank.
   */
  private async assertBanksReadable(
    rules: ReadonlyArray<{ bankId: string }>,
    practiceBankIds: readonly string[] | undefined,
    user: AuthUser,
  ): Promise<void> {
    const named = [
      ...rules.map((r, i) => ({ bankId: r.bankId, field: `drawRules.${i}.bankId` })),
      ...(practiceBankIds ?? []).map((bankId, i) => ({ bankId, field: `practice.bankIds.${i}` })),
    ];
    const unreadable = new Set(
      await this.banks.unreadable(
        named.map((n) => n.bankId),
        user,
      ),
    );
    const details = named
      .filter((n) => unreadable.has(n.bankId.toLowerCase()))
      .map((n) => ({ field: n.field, message: 'Không tìm thấy ngân hàng câu hỏi' }));
    if (details.length) throw AppException.validation('Không tìm thấy ngân hàng câu hỏi', details);
  }

  private async findContest(id: string): Promise<ContestEntity> {
    const contest = await this.contests.findOne({ where: { id } });
    if (!contest) throw AppException.notFound('Không tìm thấy cuộc thi');
    return contest;
  }

  private async assertDrawable(contest: ContestEntity): Promise<void> {
    const bankIds = [...new Set(contest.drawRules.map((r) => r.bankId))];
    const pool = await this.pool.listCandidates(bankIds);
    const check = checkDrawRules(
      contest.drawRules,
      pool.map((c) => ({
        id: c.questionId,
        bankId: c.bankId,
        tags: c.tags,
        difficulty: c.difficulty as 1 | 2 | 3,
        type: c.type,
      })),
    );
    if (!check.ok) {
      throw AppException.conflict(
        ErrorCode.DRAW_RULES_UNSATISFIABLE,
        'Ngân hàng câu hỏi không đủ câu để rút đề theo các quy tắc đã đặt',
        check.problems.map((p) => ({
          field: `drawRules.${p.ruleIndex}`,
          message: p.message,
          needed: p.needed,
          available: p.available,
        })),
      );
    }
  }

  private assertSettings(shape: Parameters<typeof checkContestSettings>[0]): void {
    const problems = checkContestSettings(shape);
    if (problems.length)
      throw AppException.validation(
        'Thiết lập cuộc thi không hợp lệ',
        problems.map((p) => ({ ...p })),
      );
  }

  private settingsFrom(dto: CreateContestDto): Partial<ContestEntity> {
    return {
      theme: dto.theme?.trim() ?? '',
      description: dto.description ?? '',
      rules: dto.rules ?? '',
      questionCount: dto.questionCount,
      drawRules: dto.drawRules.map((r) => ({
        bankId: r.bankId,
        count: r.count,
        ...(r.tags?.length ? { tags: r.tags.map((t) => t.trim().toLowerCase()) } : {}),
        ...(r.difficulty ? { difficulty: r.difficulty } : {}),
      })),
      timeLimitSec: dto.timeLimitSec,
      attemptsPerRound: dto.attemptsPerRound,
      attemptPolicy: dto.attemptPolicy,
      shuffleQuestions: dto.shuffleQuestions,
      shuffleOptions: dto.shuffleOptions,
      prediction: {
        enabled: dto.prediction.enabled,
        prompt: dto.prediction.prompt.trim() || DEFAULT_PREDICTION_PROMPT,
      },
      prizes: {
        first: dto.prizes.first,
        second: dto.prizes.second,
        third: dto.prizes.third,
        consolation: dto.prizes.consolation,
        maxShareOfParticipants: dto.prizes.maxShareOfParticipants ?? 0.5,
      },
      prizePoints: dto.prizePoints ?? { first: 10, second: 8, third: 6, consolation: 4 },
      onePrizePerPerson: dto.onePrizePerPerson,
      requireVerifiedEmail: dto.requireVerifiedEmail,
      eligibleUnitIds: dto.eligibleUnitIds?.length ? dto.eligibleUnitIds : null,
      leaderboard: dto.leaderboard,
      revealAnswers: dto.revealAnswers,
      displayMode: dto.displayMode ?? 'one_per_screen',
      minSubmitSeconds: dto.minSubmitSeconds ?? 0,
      ...fairnessSettingsFrom(dto),
    };
  }

  private async insertUniqueSlug(em: EntityManager, contest: ContestEntity): Promise<void> {
    try {
      await em.save(ContestEntity, contest);
    } catch (error) {
      throw this.slugConflict(error);
    }
  }

  private slugConflict(error: unknown): unknown {
    if (isUniqueViolation(error)) {
      return AppException.conflict(
        ErrorCode.SLUG_TAKEN,
        'Đường dẫn (slug) này đã được dùng cho cuộc thi khác',
      );
    }
    return error;
  }

  /**
   * Rounds listed with an id are updated; new ones are created; rounds left out are removed,
   * unless someone has already taken them (attempts keep their round forever).
   */
  private async replaceRounds(
    em: EntityManager,
    contestId: string,
    existing: RoundEntity[],
    inputs: RoundInputDto[],
  ): Promise<void> {
    const keep = new Set(inputs.filter((r) => r.id).map((r) => r.id as string));
    for (const r of inputs) {
      if (r.id && !existing.some((e) => e.id === r.id)) {
        throw AppException.validation('Tuần thi không thuộc cuộc thi này', [
          { field: 'rounds', message: `round ${r.id} không tồn tại` },
        ]);
      }
    }
    const removed = existing.filter((e) => !keep.has(e.id));
    if (removed.length) {
      if (
        await this.repository.anyAttemptIn(
          em,
          removed.map((r) => r.id),
        )
      )
        throw AppException.conflict(
          ErrorCode.CONFLICT,
          'Không thể xoá tuần thi đã có người dự thi',
        );
      await em.delete(RoundEntity, { id: In(removed.map((r) => r.id)) });
    }
    await this.repository.shiftRoundPositions(em, contestId);
    for (const [i, r] of inputs.entries()) {
      const values = {
        position: i + 1,
        title: r.title.trim(),
        opensAt: new Date(r.opensAt),
        closesAt: new Date(r.closesAt),
      };
      if (r.id) await em.update(RoundEntity, { id: r.id }, values);
      else await em.insert(RoundEntity, { contestId, ...values });
    }
  }
}
