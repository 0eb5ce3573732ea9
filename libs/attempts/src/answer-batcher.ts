import type { DataSource } from 'typeorm';
import { AnswerSaveRepository } from './answer-save.repository';

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

/** Told after every statement: how many saves it carried and how long it took (metrics). */
export type BatchListener = (size: number, seconds: number) => void;

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
  private readonly repository: AnswerSaveRepository;
  private listener?: BatchListener;

  constructor(
    db: DataSource,
    private readonly options: AnswerBatcherOptions,
  ) {
    this.repository = new AnswerSaveRepository(db);
  }

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

  /** Saves waiting for a statement (not yet sent). */
  get waiting(): number {
    return this.queue.length;
  }

  /** Statements being written now. */
  get running(): number {
    return this.inFlight;
  }

  onBatch(listener: BatchListener): void {
    this.listener = listener;
  }

  private pump(): void {
    while (this.inFlight < this.options.maxInFlight && this.queue.length > 0) {
      const batch = this.take();
      if (batch.length === 0) return; // everything waiting is behind a save of the same answer
      this.inFlight++;
      const started = process.hrtime.bigint();
      void this.run(batch).finally(() => {
        this.inFlight--;
        try {
          this.listener?.(batch.length, Number(process.hrtime.bigint() - started) / 1e9);
        } catch {
          // metrics never break a save
        }
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
    return this.repository.writeBatch(batch, this.options.graceSeconds);
  }
}
