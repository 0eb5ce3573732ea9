import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AuthUser } from '@app/accounts';
import { ContestAccessService } from '@app/contests';
import { AppException } from '@app/core';
import { DataSource } from 'typeorm';

export interface ParticipationDto {
  roundId: string;
  /** Attempts started per hour (UTC hour start; the web app shows Vietnam time). */
  byHour: Array<{ hour: string; attempts: number; participants: number }>;
  /** People and attempts per unit (where each person is registered), most people first. */
  byUnit: Array<{
    unitId: string | null;
    unitName: string;
    participants: number;
    attempts: number;
    memberCount: number | null;
  }>;
}

export interface EssayAnswerDto {
  attemptId: string;
  questionId: string;
  userId: string;
  fullName: string;
  prompt: string;
  text: string;
  points: number | null;
  maxPoints: number;
}

/** Read-only views of a round for its staff: participation, and essay answers to grade. */
@Injectable()
export class RoundInsightsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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
      this.dataSource.query<Array<{ hour: Date; attempts: number; participants: number }>>(
        `SELECT date_trunc('hour', started_at) AS hour, count(*)::int AS attempts, count(DISTINCT user_id)::int AS participants
         FROM attempts WHERE round_id = $1 GROUP BY 1 ORDER BY 1`,
        [roundId],
      ),
      this.dataSource.query<
        Array<{
          unit_id: string | null;
          unit_name: string | null;
          participants: number;
          attempts: number;
          member_count: number | null;
        }>
      >(
        `SELECT un.id AS unit_id, un.name AS unit_name, un.member_count,
                count(DISTINCT a.user_id)::int AS participants, count(*)::int AS attempts
         FROM attempts a JOIN users u ON u.id = a.user_id LEFT JOIN units un ON un.id = u.unit_id
         WHERE a.round_id = $1 GROUP BY un.id, un.name, un.member_count ORDER BY participants DESC, unit_name`,
        [roundId],
      ),
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
    const rows = await this.dataSource.query<
      Array<{
        attempt_id: string;
        question_id: string;
        user_id: string;
        full_name: string;
        prompt: string;
        text: string | null;
        points: string | null;
        max_points: string;
      }>
    >(
      `SELECT a.id AS attempt_id, (q->>'questionId') AS question_id, a.user_id, u.full_name, v.prompt,
              aa.text, g.points, v.points AS max_points
       FROM attempts a
       JOIN users u ON u.id = a.user_id
       CROSS JOIN LATERAL jsonb_array_elements(a.questions) q
       JOIN question_versions v ON v.id = (q->>'versionId')::uuid AND v.type = 'essay'
       LEFT JOIN attempt_answers aa ON aa.attempt_id = a.id AND aa.question_id = (q->>'questionId')::uuid
       LEFT JOIN attempt_grades g ON g.attempt_id = a.id AND g.question_id = (q->>'questionId')::uuid
       WHERE a.round_id = $1 AND a.status = 'submitted'
       ORDER BY (g.points IS NOT NULL), a.submitted_at`,
      [roundId],
    );
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
