import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AuthUser } from '@app/accounts';
import { AppException } from '@app/core';
import { ContestAccessService, ContestEntity } from '@app/contests';
import { DataSource } from 'typeorm';
import type { UnitRankingEntryDto } from '../dto/judge-outcome.dto';
import { type CollectiveUnit, rankUnits } from '../rules/collective';
import type { PrizeKind } from '../rules/prizes';

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
      const [{ finalized }] = await this.dataSource.query<Array<{ finalized: boolean }>>(
        'SELECT EXISTS (SELECT 1 FROM round_results WHERE contest_id = $1 AND finalized_at IS NOT NULL) AS finalized',
        [contest.id],
      );
      if (!finalized) {
        if (!user) throw AppException.unauthorized('Cần đăng nhập');
        throw AppException.forbidden(
          'Bảng xếp hạng tập thể được công bố khi có kết quả chính thức của tuần thi đầu tiên',
        );
      }
    }

    const units = await this.dataSource.query<
      Array<{ id: string; name: string; parent_id: string | null; member_count: number }>
    >(
      `WITH RECURSIVE scope AS (
         SELECT id FROM units WHERE $1::uuid[] IS NULL OR id = ANY($1::uuid[])
         UNION
         SELECT c.id FROM units c JOIN scope s ON c.parent_id = s.id
       )
       SELECT u.id, u.name, u.parent_id, u.member_count FROM units u WHERE u.id IN (SELECT id FROM scope)`,
      [contest.eligibleUnitIds],
    );
    const participants = await this.dataSource.query<Array<{ user_id: string; unit_id: string }>>(
      `SELECT DISTINCT s.user_id, u.unit_id FROM round_standings s
       JOIN rounds r ON r.id = s.round_id JOIN users u ON u.id = s.user_id
       WHERE r.contest_id = $1 AND u.unit_id IS NOT NULL`,
      [contest.id],
    );
    const prizes = await this.dataSource.query<Array<{ user_id: string; prize: PrizeKind }>>(
      `SELECT e.user_id, e.prize FROM round_result_entries e JOIN round_results r ON r.round_id = e.round_id
       WHERE r.contest_id = $1 AND r.finalized_at IS NOT NULL AND e.prize IS NOT NULL`,
      [contest.id],
    );
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
