import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** SQL of essay grades, run in the grading transaction. */
@Injectable()
export class GradingRepository {
  /** The grade already given for this essay, if any. */
  async previousPoints(
    em: EntityManager,
    attemptId: string,
    questionId: string,
  ): Promise<number | null> {
    const [previous] = await em.query<Array<{ points: string }>>(
      'SELECT points FROM attempt_grades WHERE attempt_id = $1 AND question_id = $2',
      [attemptId, questionId],
    );
    return previous ? Number(previous.points) : null;
  }

  async now(em: EntityManager): Promise<Date> {
    const [{ now }] = await em.query<Array<{ now: Date }>>('SELECT now() AS now');
    return now;
  }

  async upsert(
    em: EntityManager,
    grade: { attemptId: string; questionId: string; points: number; judgeId: string; at: Date },
  ): Promise<void> {
    await em.query(
      `INSERT INTO attempt_grades (attempt_id, question_id, points, graded_by_id, graded_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (attempt_id, question_id) DO UPDATE
         SET points = EXCLUDED.points, graded_by_id = EXCLUDED.graded_by_id, graded_at = EXCLUDED.graded_at`,
      [grade.attemptId, grade.questionId, grade.points, grade.judgeId, grade.at],
    );
  }
}
