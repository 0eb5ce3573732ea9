import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface HourRow {
  hour: Date;
  attempts: number;
  participants: number;
}

export interface UnitParticipationRow {
  unit_id: string | null;
  unit_name: string | null;
  participants: number;
  attempts: number;
  member_count: number | null;
}

export interface EssayRow {
  attempt_id: string;
  question_id: string;
  user_id: string;
  full_name: string;
  prompt: string;
  text: string | null;
  points: string | null;
  max_points: string;
}

/** SQL of the staff's views of a round: participation, and essay answers to grade. */
@Injectable()
export class RoundInsightsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byHour(roundId: string): Promise<HourRow[]> {
    return this.dataSource.query<HourRow[]>(
      `SELECT date_trunc('hour', started_at) AS hour, count(*)::int AS attempts, count(DISTINCT user_id)::int AS participants
       FROM attempts WHERE round_id = $1 GROUP BY 1 ORDER BY 1`,
      [roundId],
    );
  }

  async byUnit(roundId: string): Promise<UnitParticipationRow[]> {
    return this.dataSource.query<UnitParticipationRow[]>(
      `SELECT un.id AS unit_id, un.name AS unit_name, un.member_count,
              count(DISTINCT a.user_id)::int AS participants, count(*)::int AS attempts
       FROM attempts a JOIN users u ON u.id = a.user_id LEFT JOIN units un ON un.id = u.unit_id
       WHERE a.round_id = $1 GROUP BY un.id, un.name, un.member_count ORDER BY participants DESC, unit_name`,
      [roundId],
    );
  }

  /** Essay answers of the round's submitted attempts, ungraded first. */
  async essays(roundId: string): Promise<EssayRow[]> {
    return this.dataSource.query<EssayRow[]>(
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
  }
}
