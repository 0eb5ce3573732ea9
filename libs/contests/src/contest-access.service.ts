import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type AuthUser, hasRole } from '@app/accounts';
import { AppException } from '@app/core';
import { type EntityManager, Repository } from 'typeorm';
import { ContestStaffEntity, type StaffRole } from './entities/contest-staff.entity';
import { ContestEntity } from './entities/contest.entity';
import { RoundEntity } from './entities/round.entity';

/** How long the participant-facing paths may reuse a round and its contest (settings only). */
const ROUND_CACHE_MS = 2_000;
const ROUND_CACHE_MAX = 1_000;

/** Who may manage or judge a contest: admins always; otherwise the contest's own staff. */
@Injectable()
export class ContestAccessService {
  private readonly roundCache = new Map<
    string,
    { at: number; value: Promise<{ round: RoundEntity; contest: ContestEntity }> }
  >();

  constructor(
    @InjectRepository(ContestStaffEntity) private readonly staff: Repository<ContestStaffEntity>,
    @InjectRepository(ContestEntity) private readonly contests: Repository<ContestEntity>,
    @InjectRepository(RoundEntity) private readonly rounds: Repository<RoundEntity>,
  ) {}

  async staffRoles(contestId: string, userId: string): Promise<StaffRole[]> {
    const rows = await this.staff.find({ where: { contestId, userId } });
    return rows.map((r) => r.role);
  }

  async staffUserIds(contestId: string): Promise<Set<string>> {
    const rows = await this.staff.find({ where: { contestId } });
    return new Set(rows.map((r) => r.userId));
  }

  async canManage(contestId: string, user: AuthUser | undefined): Promise<boolean> {
    if (!user) return false;
    if (hasRole(user, 'admin')) return true;
    if (!hasRole(user, 'organizer')) return false;
    return (await this.staffRoles(contestId, user.id)).includes('organizer');
  }

  async canJudge(contestId: string, user: AuthUser | undefined): Promise<boolean> {
    if (!user) return false;
    if (hasRole(user, 'admin')) return true;
    return (await this.staffRoles(contestId, user.id)).includes('judge');
  }

  /** Staff may see drafts and settings; judges and organizers both count. */
  async isStaffOrAdmin(contestId: string, user: AuthUser | undefined): Promise<boolean> {
    if (!user) return false;
    if (hasRole(user, 'admin')) return true;
    return (await this.staffRoles(contestId, user.id)).length > 0;
  }

  async assertCanManage(contestId: string, user: AuthUser | undefined): Promise<void> {
    if (!(await this.canManage(contestId, user)))
      throw AppException.forbidden('Chỉ ban tổ chức của cuộc thi mới được thực hiện');
  }

  async assertCanJudge(contestId: string, user: AuthUser | undefined): Promise<void> {
    if (!(await this.canJudge(contestId, user)))
      throw AppException.forbidden('Chỉ ban giám khảo của cuộc thi mới được thực hiện');
  }

  /**
   * getRound() for the participant hot paths (a flash crowd starting attempts): reused for up to
   * 2 s per process, with concurrent callers sharing one read. Only settings come from here;
   * whether the round is open and the contest published is decided by the database in the
   * statement that starts the attempt, so a round closed by an organizer is closed at once.
   */
  getRoundCached(roundId: string): Promise<{ round: RoundEntity; contest: ContestEntity }> {
    const now = Date.now();
    const hit = this.roundCache.get(roundId);
    if (hit && now - hit.at < ROUND_CACHE_MS) return hit.value;
    if (this.roundCache.size >= ROUND_CACHE_MAX) this.roundCache.clear();
    const value = this.getRound(roundId);
    this.roundCache.set(roundId, { at: now, value });
    value.catch(() => {
      if (this.roundCache.get(roundId)?.value === value) this.roundCache.delete(roundId);
    });
    return value;
  }

  /** A contest by id (404 when there is none). */
  async getContest(contestId: string): Promise<ContestEntity> {
    const contest = await this.contests.findOne({ where: { id: contestId } });
    if (!contest) throw AppException.notFound('Không tìm thấy cuộc thi');
    return contest;
  }

  /** The round and its contest; pass the transaction's manager when called inside one. */
  async getRound(
    roundId: string,
    em?: EntityManager,
  ): Promise<{ round: RoundEntity; contest: ContestEntity }> {
    const rounds = em ? em.getRepository(RoundEntity) : this.rounds;
    const contests = em ? em.getRepository(ContestEntity) : this.contests;
    const round = await rounds.findOne({ where: { id: roundId } });
    if (!round) throw AppException.notFound('Không tìm thấy tuần thi');
    const contest = await contests.findOneOrFail({ where: { id: round.contestId } });
    return { round, contest };
  }
}
