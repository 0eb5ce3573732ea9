import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DrawnQuestion } from '@app/attempts';
import { DataSource } from 'typeorm';

export interface SubmittedAnswers {
  attempts: Array<{ id: string; questions: DrawnQuestion[] }>;
  answers: Array<{
    attempt_id: string;
    question_id: string;
    option_ids: string[] | null;
    text: string | null;
  }>;
  grades: Array<{ attempt_id: string; question_id: string; points: string }>;
}

/** SQL of the item analysis: the submitted attempts of a contest (or one round) and their answers. */
@Injectable()
export class QuestionStatsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async contestExists(contestId: string): Promise<boolean> {
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      'SELECT id FROM contests WHERE id = $1',
      [contestId],
    );
    return rows.length > 0;
  }

  async roundInContest(roundId: string, contestId: string): Promise<boolean> {
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      'SELECT id FROM rounds WHERE id = $1 AND contest_id = $2',
      [roundId, contestId],
    );
    return rows.length > 0;
  }

  async submitted(contestId: string, roundId: string | null): Promise<SubmittedAnswers> {
    const db = this.dataSource;
    const scope = `a.contest_id = $1 AND ($2::uuid IS NULL OR a.round_id = $2) AND a.status = 'submitted'`;
    const [attempts, answers, grades] = await Promise.all([
      db.query<SubmittedAnswers['attempts']>(
        `SELECT a.id, a.questions FROM attempts a WHERE ${scope}`,
        [contestId, roundId],
      ),
      db.query<SubmittedAnswers['answers']>(
        `SELECT x.attempt_id, x.question_id, x.option_ids, x.text FROM attempt_answers x
         JOIN attempts a ON a.id = x.attempt_id WHERE ${scope}`,
        [contestId, roundId],
      ),
      db.query<SubmittedAnswers['grades']>(
        `SELECT x.attempt_id, x.question_id, x.points FROM attempt_grades x
         JOIN attempts a ON a.id = x.attempt_id WHERE ${scope}`,
        [contestId, roundId],
      ),
    ]);
    return { attempts, answers, grades };
  }
}
