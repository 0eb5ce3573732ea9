import type { DataSource } from 'typeorm';
import { deviceSql } from './rules/device';
import { timingSql } from './rules/timing';

/** One answer save, validated against the attempt's questions, waiting for the database. */
export interface PendingAnswer {
  attemptId: string;
  questionId: string;
  userId: string;
  /** Choice questions: the options (possibly none); text questions: null. */
  optionIds: string[] | null;
  text: string | null;
  deviceId: string | null;
}

/** What the database said: stored at `savedAt`, or refused (attempt closed, not theirs…). */
export type AnswerOutcome = { savedAt: Date } | { refused: true };

interface Waiting extends PendingAnswer {
  key: string;
  resolve(outcome: AnswerOutcome): void;
  reject(error: unknown): void;
}

export interface AnswerBatcherOptions {
  /** Statements in flight at once; more saves wait and go together in the next statement. */
  maxInFlight: number;
  /** Most saves in one statement. */
  maxBatch: number;
  graceSeconds: number;
}

/**
 * Answer saves, written in batches when they come faster than the database answers.
 *
 * A save is sent at once when fewer than `maxInFlight` statements are running; otherwise it
 * waits, and when a statement finishes, everything waiting (up to `maxBatch`) goes in one
 * statement and one commit. There is no timer: at low load every save is its own statement, as
 * fast as before; under load the round trips, the statement overhead and the WAL flushes are
 * shared. Each save is acknowledged only after the statement that wrote it has committed, so
 * "acknowledged" still means "durable".
 *
 * Per-answer rules stay per row: the attempt row is read FOR SHARE (serialising with a submit),
 * and must be the caller's, in progress, within deadline + grace, and on the caller's device;
 * a row that does not qualify is simply not written and its save is told "refused".
 * Saves of the same answer (attempt, question) never run concurrently, so the last one sent is
 * the one that stays; rows are written in a fixed order, so two statements cannot deadlock.
 * If a batch fails, its saves are retried one by one, so one bad save cannot fail the others.
 */
export class AnswerBatcher {
  private readonly queue: Waiting[] = [];
  private readonly busyKeys = new Set<string>();
  private inFlight = 0;

  constructor(
    private readonly db: DataSource,
    private readonly options: AnswerBatcherOptions,
  ) {}

  save(answer: PendingAnswer): Promise<AnswerOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({
        ...answer,
        key: `${answer.attemptId}/${answer.questionId}`,
        resolve,
        reject,
      });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.options.maxInFlight && this.queue.length > 0) {
      const batch = this.take();
      if (batch.length === 0) return; // everything waiting is behind a save of the same answer
      this.inFlight++;
      void this.run(batch).finally(() => {
        this.inFlight--;
        for (const w of batch) this.busyKeys.delete(w.key);
        this.pump();
      });
    }
  }

  /** Up to maxBatch waiting saves, oldest first, skipping answers already being written. */
  private take(): Waiting[] {
    const batch: Waiting[] = [];
    const keys = new Set<string>();
    let kept = 0;
    for (let i = 0; i < this.queue.length; i++) {
      const w = this.queue[i];
      if (batch.length < this.options.maxBatch && !this.busyKeys.has(w.key) && !keys.has(w.key)) {
        batch.push(w);
        keys.add(w.key);
      } else {
        // Later saves of an answer in this batch wait for it: order per answer is kept.
        if (!keys.has(w.key)) keys.add(w.key);
        this.queue[kept++] = w;
      }
    }
    this.queue.length = kept;
    for (const w of batch) this.busyKeys.add(w.key);
    return batch;
  }

  private async run(batch: Waiting[]): Promise<void> {
    let saved: Map<string, Date>;
    try {
      saved = await this.write(batch);
    } catch (error) {
      if (batch.length === 1) {
        batch[0].reject(error);
        return;
      }
      // Isolate the failure: each save on its own.
      await Promise.all(batch.map((w) => this.run([w])));
      return;
    }
    for (const w of batch) {
      const at = saved.get(w.key);
      w.resolve(at ? { savedAt: at } : { refused: true });
    }
  }

  private async write(unsorted: Waiting[]): Promise<Map<string, Date>> {
    // Attempt rows are locked in this order: every statement takes its locks in the same order.
    const batch = [...unsorted].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
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
        this.options.graceSeconds,
      ],
    );
    return new Map(rows.map((r) => [`${r.attempt_id}/${r.question_id}`, new Date(r.saved_at)]));
  }
}
