import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { deviceSql } from './rules/device';
import { timingSql } from './rules/timing';

/** One row of an answer-save statement. */
export interface AnswerSaveRow {
  attemptId: string;
  questionId: string;
  userId: string;
  optionIds: string[] | null;
  text: string | null;
  deviceId: string | null;
}

/**
 * The answer save: one statement for a batch of saves (the hot path, see AnswerBatcher). Each
 * attempt row is read FOR SHARE (serialising with a submit) and must be the caller's, in
 * progress, within deadline + grace (`timingSql`), and on the caller's device
 * (`deviceSql.sameDevice`); a row that does not qualify is not written. Rows are written in the
 * order given (the caller sorts them, so two statements cannot deadlock).
 */
@Injectable()
export class AnswerSaveRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** `attemptId/questionId` → saved at, for the rows written. */
  async writeBatch(
    batch: readonly AnswerSaveRow[],
    graceSeconds: number,
  ): Promise<Map<string, Date>> {
    const rows = await this.db.query<
      Array<{ attempt_id: string; question_id: string; saved_at: Date }>
    >(
      `INSERT INTO attempt_answers (attempt_id, question_id, option_ids, text, first_saved_at, saved_at, revision)
       SELECT a.id, v.question_id, v.option_ids::uuid[], v.text, clock_timestamp(), clock_timestamp(), 1
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[])
              AS v(attempt_id, question_id, user_id, option_ids, text, device_id)
       JOIN LATERAL (
         SELECT id FROM attempts
         WHERE id = v.attempt_id AND user_id = v.user_id AND status = 'in_progress'
           AND ${timingSql.withinGrace('clock_timestamp()', 'deadline_at', '$7')}
           AND ${deviceSql.sameDevice('device_id', 'v.device_id')}
         FOR SHARE
       ) a ON true
       ON CONFLICT (attempt_id, question_id) DO UPDATE
         SET option_ids = EXCLUDED.option_ids, text = EXCLUDED.text, saved_at = EXCLUDED.saved_at,
             revision = attempt_answers.revision + 1
       RETURNING attempt_id, question_id, saved_at`,
      [
        batch.map((w) => w.attemptId),
        batch.map((w) => w.questionId),
        batch.map((w) => w.userId),
        batch.map((w) => (w.optionIds === null ? null : `{${w.optionIds.join(',')}}`)),
        batch.map((w) => w.text),
        batch.map((w) => w.deviceId),
        graceSeconds,
      ],
    );
    return new Map(rows.map((r) => [`${r.attempt_id}/${r.question_id}`, new Date(r.saved_at)]));
  }
}
