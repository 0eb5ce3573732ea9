import { Injectable } from '@nestjs/common';
import { type AuthUser } from '@app/accounts';
import { ContestAccessService } from '@app/contests';
import { AppException } from '@app/core';
import type { EssayAnswerDto, ParticipationDto } from './dto/round-insights.dto';
import { RoundInsightsRepository } from './round-insights.repository';

/** Read-only views of a round for its staff: participation, and essay answers to grade. */
@Injectable()
export class RoundInsightsService {
  constructor(
    private readonly repository: RoundInsightsRepository,
    private readonly access: ContestAccessService,
  ) {}

  async participation(roundId: string, user: AuthUser): Promise<ParticipationDto> {
    const { contest } = await this.access.getRound(roundId);
    if (!(await this.access.isStaffOrAdmin(contest.id, user))) {
      throw AppException.forbidden(
        'Chỉ ban tổ chức và ban giám khảo của cuộc thi mới xem được số liệu này',
      );
    }
    const [byHour, byUnit] = await Promise.all([
      this.repository.byHour(roundId),
      this.repository.byUnit(roundId),
    ]);
    return {
      roundId,
      byHour: byHour.map((r) => ({
        hour: new Date(r.hour).toISOString(),
        attempts: r.attempts,
        participants: r.participants,
      })),
      byUnit: byUnit.map((r) => ({
        unitId: r.unit_id,
        unitName: r.unit_name ?? 'Chưa chọn đơn vị',
        participants: r.participants,
        attempts: r.attempts,
        memberCount: r.member_count,
      })),
    };
  }

  /** Essay answers of the round's submitted attempts, ungraded first (judges of the contest, admins). */
  async essays(roundId: string, user: AuthUser): Promise<EssayAnswerDto[]> {
    const { contest } = await this.access.getRound(roundId);
    await this.access.assertCanJudge(contest.id, user);
    const rows = await this.repository.essays(roundId);
    return rows.map((r) => ({
      attemptId: r.attempt_id,
      questionId: r.question_id,
      userId: r.user_id,
      fullName: r.full_name,
      prompt: r.prompt,
      text: r.text ?? '',
      points: r.points === null ? null : Number(r.points),
      maxPoints: Number(r.max_points),
    }));
  }
}
