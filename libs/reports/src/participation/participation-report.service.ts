import { Injectable } from '@nestjs/common';
import { type AuthUser } from '@app/accounts';
import { AppException } from '@app/core';
import { type ContestEntity, type RoundEntity } from '@app/contests';
import { DEFAULT_PRIZE_POINTS, type PrizeKind } from '@app/judging';
import type { ParticipationReportDto } from '../dto/participation.dto';
import { collectiveRuleText } from '../rules/collective-score';
import {
  buildRow,
  EMPTY_COUNTS,
  type ParticipationRow,
  rankRows,
  totalRow,
} from '../rules/participation-rows';
import { ReportSettingsRepository } from '../settings/report-settings.repository';
import { ParticipationRepository } from './participation.repository';
import { ReportScopeService } from './report-scope.service';

/**
 * Participation reports (docs/reports.md): for a unit's subtree, per round or for the whole
 * contest, one row per unit below it with members, people, attempts, rates, average score,
 * prizes and the collective score; ranked; with weekly counts for the chart.
 */
@Injectable()
export class ParticipationReportService {
  constructor(
    private readonly repository: ParticipationRepository,
    private readonly settings: ReportSettingsRepository,
    private readonly scope: ReportScopeService,
  ) {}

  async report(
    contestId: string,
    query: { unitId?: string; roundId?: string },
    user: AuthUser,
  ): Promise<ParticipationReportDto> {
    const { contest, round } = await this.scope.authorize(contestId, query, user);
    return this.build(contest, round, query.unitId ?? null);
  }

  async build(
    contest: ContestEntity,
    round: RoundEntity | null,
    unitId: string | null,
  ): Promise<ParticipationReportDto> {
    const settings = await this.settings.get(contest.id);
    const points = prizePointsOf(contest);
    const weights = settings.weights;
    const root = unitId ? await this.repository.unit(unitId) : null;
    if (unitId && !root) throw AppException.notFound('Không tìm thấy đơn vị');
    const [units, counts, weekly, path] = await Promise.all([
      this.repository.rowUnits(unitId),
      this.repository.counts(unitId, contest.id, round?.id ?? null),
      this.repository.weekly(unitId, contest.id, round?.id ?? null),
      unitId ? this.repository.path(unitId) : Promise.resolve([]),
    ]);
    const rows: ParticipationRow[] = units.map((u) =>
      buildRow(
        'unit',
        u,
        u.memberCount,
        u.childCount > 0,
        counts.get(u.unitId) ?? EMPTY_COUNTS,
        weights,
        points,
      ),
    );
    const direct = root ? counts.get(root.id) : counts.get(null);
    if (root && (direct || root.memberCount > 0)) {
      rows.push(
        buildRow(
          'direct',
          { unitId: root.id, unitName: `${root.name} (trực thuộc)`, parentId: root.id },
          root.memberCount,
          false,
          direct ?? EMPTY_COUNTS,
          weights,
          points,
        ),
      );
    }
    if (!root && direct) {
      rows.push(
        buildRow(
          'no_unit',
          { unitId: null, unitName: 'Chưa có đơn vị', parentId: null },
          0,
          false,
          direct,
          weights,
          points,
        ),
      );
    }
    const ranked = rankRows(rows);
    const members = ranked.reduce((sum, r) => sum + r.memberCount, 0);
    const totals = totalRow(
      ranked,
      [...counts.values()],
      members,
      weights,
      points,
      root ? root.name : 'Toàn cuộc thi',
    );
    totals.unitId = root?.id ?? null;
    return {
      contestId: contest.id,
      contestTitle: contest.title,
      roundId: round?.id ?? null,
      roundTitle: round?.title ?? null,
      unit: root ? { id: root.id, name: root.name } : null,
      path,
      organizationName: settings.organizationName,
      generatedAt: new Date().toISOString(),
      collectiveRule: collectiveRuleText(weights, points),
      collectiveWeights: weights,
      prizePoints: points,
      totals,
      items: ranked,
      weekly,
    };
  }
}

export function prizePointsOf(contest: ContestEntity): Record<PrizeKind, number> {
  return { ...DEFAULT_PRIZE_POINTS, ...(contest.prizePoints ?? {}) };
}
