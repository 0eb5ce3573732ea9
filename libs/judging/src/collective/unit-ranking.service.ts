import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AuthUser } from '@app/accounts';
import { AppException } from '@app/core';
import { ContestAccessService, ContestEntity } from '@app/contests';
import { DataSource } from 'typeorm';
import type { UnitRankingEntryDto } from '../dto/judge-outcome.dto';
import { type CollectiveUnit, rankUnits } from '../rules/collective';
import type { PrizeKind } from '../rules/prizes';
import { UnitRankingRepository } from './unit-ranking.repository';

/**
 * The collective ranking of a contest's units. Public once at least one round of the contest is
 * finalized (prize points only ever come from finalized rounds); staff and admins see it anytime.
 * With eligible units set, only their subtrees are ranked.
 */
@Injectable()
export class UnitRankingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ContestAccessService,
    private readonly repository: UnitRankingRepository,
  ) {}

  async rank(
    contestId: string,
    options: { rollUp?: boolean },
    user: AuthUser | undefined,
  ): Promise<UnitRankingEntryDto[]> {
    const contest = await this.dataSource
      .getRepository(ContestEntity)
      .findOne({ where: { id: contestId } });
    if (!contest) throw AppException.notFound('Không tìm thấy cuộc thi');
    const staff = await this.access.isStaffOrAdmin(contest.id, user);
    if (!staff) {
      if (contest.status !== 'published') throw AppException.notFound('Không tìm thấy cuộc thi');
      const finalized = await this.repository.hasFinalizedRound(contest.id);
      if (!finalized) {
        if (!user) throw AppException.unauthorized('Cần đăng nhập');
        throw AppException.forbidden(
          'Bảng xếp hạng tập thể được công bố khi có kết quả chính thức của tuần thi đầu tiên',
        );
      }
    }

    const units = await this.repository.unitsInScope(contest.eligibleUnitIds);
    const participants = await this.repository.participants(contest.id);
    const prizes = await this.repository.finalizedPrizes(contest.id);
    const won = new Map<string, PrizeKind[]>();
    for (const p of prizes) won.set(p.user_id, [...(won.get(p.user_id) ?? []), p.prize]);
    const collectiveUnits: CollectiveUnit[] = units.map((u) => ({
      unitId: u.id,
      unitName: u.name,
      parentId: u.parent_id,
      memberCount: u.member_count,
    }));
    return rankUnits(
      {
        units: collectiveUnits,
        participants: new Map(participants.map((p) => [p.user_id, p.unit_id])),
        prizes: won,
      },
      { points: contest.prizePoints, rollUp: options.rollUp ?? false },
    );
  }
}
