import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type AuthUser } from '@app/accounts';
import { AppException } from '@app/core';
import { ContestAccessService, ContestEntity, RoundEntity } from '@app/contests';
import { UnitOfficersService } from '@app/units';
import { Repository } from 'typeorm';

/**
 * Who may read a contest's participation report for a unit: the contest's organizers and
 * admins for any unit (or the top level); an officer of a unit for that unit and the units
 * below it, in published contests. Anyone else: 403.
 */
@Injectable()
export class ReportScopeService {
  constructor(
    private readonly access: ContestAccessService,
    private readonly officers: UnitOfficersService,
    @InjectRepository(ContestEntity) private readonly contests: Repository<ContestEntity>,
    @InjectRepository(RoundEntity) private readonly rounds: Repository<RoundEntity>,
  ) {}

  async authorize(
    contestId: string,
    query: { unitId?: string; roundId?: string },
    user: AuthUser,
  ): Promise<{ contest: ContestEntity; round: RoundEntity | null }> {
    const contest = await this.contests.findOne({ where: { id: contestId } });
    if (!contest) throw AppException.notFound('Không tìm thấy cuộc thi');
    if (!(await this.access.canManage(contest.id, user))) {
      const officer =
        contest.status === 'published' &&
        query.unitId !== undefined &&
        (await this.officers.covers(user.id, query.unitId));
      if (!officer) {
        throw AppException.forbidden(
          'Chỉ ban tổ chức cuộc thi và cán bộ phụ trách đơn vị mới xem được báo cáo này',
        );
      }
    }
    let round: RoundEntity | null = null;
    if (query.roundId) {
      round = await this.rounds.findOne({ where: { id: query.roundId, contestId: contest.id } });
      if (!round) throw AppException.notFound('Không tìm thấy tuần thi');
    }
    return { contest, round };
  }
}
