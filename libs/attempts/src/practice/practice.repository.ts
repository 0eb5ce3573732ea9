import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DrawnQuestion } from '../entities/attempt.entity';

/** A saved practice answer, as kept in `practice_attempts.answers` (question id → answer). */
export interface PracticeAnswer {
  optionIds?: string[];
  text?: string;
  savedAt: string;
}

export interface PracticeAttemptRow {
  id: string;
  contestId: string;
  userId: string;
  attemptNo: number;
  status: 'in_progress' | 'submitted';
  reveal: 'each' | 'end';
  startedAt: Date;
  deadlineAt: Date;
  submittedAt: Date | null;
  autoSubmitted: boolean;
  questions: DrawnQuestion[];
  answers: Record<string, PracticeAnswer>;
  questionCount: number;
  maxScore: number;
  score: number | null;
  correctCount: number | null;
  /** Past the deadline and its grace, by the database's clock. */
  expired: boolean;
}

interface Raw {
  id: string;
  contest_id: string;
  user_id: string;
  attempt_no: number;
  status: 'in_progress' | 'submitted';
  reveal: 'each' | 'end';
  started_at: Date;
  deadline_at: Date;
  submitted_at: Date | null;
  auto_submitted: boolean;
  questions: DrawnQuestion[];
  answers: Record<string, PracticeAnswer>;
  question_count: number;
  max_score: string;
  score: string | null;
  correct_count: number | null;
  expired: boolean;
}

const COLUMNS = `id, contest_id, user_id, attempt_no, status, reveal, started_at, deadline_at,
  submitted_at, auto_submitted, questions, answers, question_count, max_score, score,
  correct_count, now() > deadline_at + make_interval(secs => $3) AS expired`;

function fromRaw(r: Raw): PracticeAttemptRow {
  return {
    id: r.id,
    contestId: r.contest_id,
    userId: r.user_id,
    attemptNo: r.attempt_no,
    status: r.status,
    reveal: r.reveal,
    startedAt: new Date(r.started_at),
    deadlineAt: new Date(r.deadline_at),
    submittedAt: r.submitted_at ? new Date(r.submitted_at) : null,
    autoSubmitted: r.auto_submitted,
    questions: r.questions,
    answers: r.answers,
    questionCount: r.question_count,
    maxScore: Number(r.max_score),
    score: r.score === null ? null : Number(r.score),
    correctCount: r.correct_count,
    expired: r.expired,
  };
}

/**
 * Practice attempts ("Thi thử", docs/fairness.md): a table of their own, so that no query over
 * `attempts` — boards, results, flags, statistics, exports, reports, certificates, counts of
 * participation — can ever see one.
 */
@Injectable()
export class PracticeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new attempt, timed by the database's clock; its number follows the person's earlier ones. */
  async insert(input: {
    contestId: string;
    userId: string;
    reveal: 'each' | 'end';
    timeLimitSec: number;
    questions: DrawnQuestion[];
    maxScore: number;
    graceSeconds: number;
  }): Promise<PracticeAttemptRow> {
    const rows = await this.dataSource.query<Raw[]>(
      `INSERT INTO practice_attempts (contest_id, user_id, attempt_no, reveal, started_at,
                                      deadline_at, questions, question_count, max_score)
       SELECT $1, $2,
              (SELECT count(*)::int + 1 FROM practice_attempts WHERE contest_id = $1 AND user_id = $2),
              $4, now(), now() + make_interval(secs => $5), $6::jsonb, $7, $8
       RETURNING ${COLUMNS}`,
      [
        input.contestId,
        input.userId,
        input.graceSeconds,
        input.reveal,
        input.timeLimitSec,
        JSON.stringify(input.questions),
        input.questions.length,
        input.maxScore,
      ],
    );
    return fromRaw(rows[0]);
  }

  /** The person's own practice attempt, or undefined. */
  async find(
    id: string,
    userId: string,
    graceSeconds: number,
  ): Promise<PracticeAttemptRow | undefined> {
    const rows = await this.dataSource.query<Raw[]>(
      `SELECT ${COLUMNS} FROM practice_attempts WHERE id = $1 AND user_id = $2`,
      [id, userId, graceSeconds],
    );
    return rows[0] ? fromRaw(rows[0]) : undefined;
  }

  /**
   * Stores one answer while the attempt is in progress and within its deadline and grace (the
   * database's clock); false when it is not (closed, or time over).
   */
  async saveAnswer(
    id: string,
    userId: string,
    questionId: string,
    answer: PracticeAnswer,
    graceSeconds: number,
  ): Promise<boolean> {
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      `WITH saved AS (
         UPDATE practice_attempts SET answers = answers || jsonb_build_object($4::text, $5::jsonb)
         WHERE id = $1 AND user_id = $2 AND status = 'in_progress'
           AND now() <= deadline_at + make_interval(secs => $3)
         RETURNING id
       ) SELECT id FROM saved`,
      [id, userId, graceSeconds, questionId, JSON.stringify(answer)],
    );
    return rows.length > 0;
  }

  /**
   * Closes the attempt with its score; undefined when it was already closed. (UPDATEs are read
   * through a CTE: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.)
   */
  async close(
    id: string,
    userId: string,
    result: { score: number; correctCount: number; autoSubmitted: boolean },
    graceSeconds: number,
  ): Promise<PracticeAttemptRow | undefined> {
    const rows = await this.dataSource.query<Raw[]>(
      `WITH closed AS (
         UPDATE practice_attempts
         SET status = 'submitted', submitted_at = LEAST(now(), deadline_at), score = $4,
             correct_count = $5, auto_submitted = $6
         WHERE id = $1 AND user_id = $2 AND status = 'in_progress'
         RETURNING *
       ) SELECT ${COLUMNS} FROM closed`,
      [id, userId, graceSeconds, result.score, result.correctCount, result.autoSubmitted],
    );
    return rows[0] ? fromRaw(rows[0]) : undefined;
  }
}
