import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type AuthUser } from '@app/accounts';
import { AppException } from '@app/core';
import { ContestAccessService, ContestEntity } from '@app/contests';
import { Repository } from 'typeorm';
import type { ReportSettingsDto, UpdateReportSettingsDto } from '../dto/report-settings.dto';
import { prizePointsOf } from '../participation/participation-report.service';
import { collectiveRuleText } from '../rules/collective-score';
import { ReportSettingsRepository } from './report-settings.repository';

/** The organizing body's name and the collective score's weights of a contest (organizers). */
@Injectable()
export class ReportSettingsService {
  constructor(
    private readonly repository: ReportSettingsRepository,
    private readonly access: ContestAccessService,
    @InjectRepository(ContestEntity) private readonly contests: Repository<ContestEntity>,
  ) {}

  async get(contestId: string, user: AuthUser): Promise<ReportSettingsDto> {
    const contest = await this.contestFor(contestId, user);
    return this.toDto(contest);
  }

  async update(
    contestId: string,
    body: UpdateReportSettingsDto,
    user: AuthUser,
  ): Promise<ReportSettingsDto> {
    const contest = await this.contestFor(contestId, user);
    const current = await this.repository.get(contest.id);
    await this.repository.save(contest.id, {
      organizationName: body.organizationName?.trim() ?? current.organizationName,
      weights: body.collectiveWeights ?? current.weights,
    });
    return this.toDto(contest);
  }

  private async contestFor(contestId: string, user: AuthUser): Promise<ContestEntity> {
    const contest = await this.contests.findOne({ where: { id: contestId } });
    if (!contest) throw AppException.notFound('Không tìm thấy cuộc thi');
    await this.access.assertCanManage(contest.id, user);
    return contest;
  }

  private async toDto(contest: ContestEntity): Promise<ReportSettingsDto> {
    const settings = await this.repository.get(contest.id);
    const points = prizePointsOf(contest);
    return {
      contestId: contest.id,
      organizationName: settings.organizationName,
      collectiveWeights: settings.weights,
      prizePoints: points,
      collectiveRule: collectiveRuleText(settings.weights, points),
    };
  }
}
