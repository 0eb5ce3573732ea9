import { ApiError } from '../../lib/api';
import type { AnswerValue, PracticeSaveResult } from '../../api/types';

/**
 * The answers a phone has not yet got the server to acknowledge. Every choice is queued and
 * sent at once; when the network is down the queue is kept in localStorage and resent in order
 * when the browser is back online (or on the next page load). Only the latest answer per
 * question is kept: re-answering a question while offline replaces the older entry.
 */
export interface QueueItem {
  questionId: string;
  answer: AnswerValue;
  /** Increases with every enqueue: tells a re-answer apart from the request in flight. */
  seq: number;
  queuedAt: number;
}

/**
 * What the server answers to a saved answer (PUT /api/attempts/:id/answers/:questionId); a
 * practice attempt adds the right answer when it shows answers after each question (the practice
 * shape is the counted one with those fields optional).
 */
export type SaveResult = PracticeSaveResult;

export interface QueueSnapshot {
  /** Question ids waiting to be acknowledged, in sending order. */
  pending: string[];
  /** Set after a failed send until a send succeeds again. */
  networkDown: boolean;
  /** The server refused an answer because the attempt is over (ATTEMPT_CLOSED / 404). */
  closed: boolean;
  /** The attempt is bound to another device: paused until the person moves it here. */
  otherDevice: boolean;
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface AnswerQueueOptions {
  attemptId: string;
  send: (item: QueueItem) => Promise<SaveResult>;
  store?: KeyValueStore | null;
  /** Waits before retrying after a failure (ms); the last value repeats. */
  retryDelays?: number[];
  /** Listen to the window's `online` event (on by default). */
  listenOnline?: boolean;
  onSaved?: (item: QueueItem, result: SaveResult) => void;
  onRejected?: (item: QueueItem, error: ApiError) => void;
}

interface Persisted {
  seq: number;
  items: QueueItem[];
}

export function queueKey(attemptId: string): string {
  return `hoithi.queue.${attemptId}`;
}

function defaultStore(): KeyValueStore | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}

export class AnswerQueue {
  private items: QueueItem[] = [];
  private seq = 0;
  private flushing: Promise<void> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private destroyed = false;
  private snapshotCache: QueueSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly store: KeyValueStore | null;
  private readonly retryDelays: number[];
  private state = { networkDown: false, closed: false, otherDevice: false };

  constructor(private readonly options: AnswerQueueOptions) {
    this.store = options.store === undefined ? defaultStore() : options.store;
    this.retryDelays = options.retryDelays ?? [1000, 3000, 5000, 10000, 20000, 30000];
    this.load();
    this.snapshotCache = this.buildSnapshot();
    if (options.listenOnline !== false && typeof window !== 'undefined') {
      window.addEventListener('online', this.handleOnline);
    }
  }

  /** Queues the answer to one question (replacing any older unsent one) and starts sending. */
  enqueue(questionId: string, answer: AnswerValue): void {
    if (this.state.closed) return;
    this.items = this.items.filter((i) => i.questionId !== questionId);
    this.seq += 1;
    this.items.push({ questionId, answer, seq: this.seq, queuedAt: Date.now() });
    this.persist();
    this.changed();
    void this.flush();
  }

  /** Answers not acknowledged yet, oldest first (what a reload must show as "chưa lưu"). */
  pending(): QueueItem[] {
    return [...this.items];
  }

  isPending(questionId: string): boolean {
    return this.items.some((i) => i.questionId === questionId);
  }

  snapshot(): QueueSnapshot {
    return this.snapshotCache;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Sends the queued answers one at a time, in order. Stops at the first failure that may heal
   * (network, 5xx, 429, 401) and retries later; resolves when the queue is empty or blocked.
   */
  flush(): Promise<void> {
    if (this.destroyed || this.state.closed || this.state.otherDevice) return Promise.resolve();
    this.flushing ??= this.drain().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  /** Resolves once every queued answer is acknowledged; rejects when blocked (offline). */
  async drained(): Promise<void> {
    await this.flush();
    if (this.items.length > 0 && !this.state.closed) throw new Error('queue blocked');
  }

  /** Stops timers and listeners; the persisted queue stays for the next page load. */
  destroy(): void {
    this.destroyed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (typeof window !== 'undefined') window.removeEventListener('online', this.handleOnline);
    this.listeners.clear();
  }

  /** After "move here": this device may save again. */
  resume(): Promise<void> {
    this.state.otherDevice = false;
    this.failures = 0;
    this.changed();
    return this.flush();
  }

  /** Forgets the queue (the attempt is submitted or closed). */
  clear(): void {
    this.items = [];
    this.store?.removeItem(queueKey(this.options.attemptId));
    this.changed();
  }

  private handleOnline = () => {
    this.failures = 0;
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    void this.flush();
  };

  private async drain(): Promise<void> {
    while (
      !this.destroyed &&
      !this.state.closed &&
      !this.state.otherDevice &&
      this.items.length > 0
    ) {
      const item = this.items[0];
      try {
        const result = await this.options.send(item);
        // A re-answer queued meanwhile has a higher seq and stays in the queue.
        this.items = this.items.filter((i) => i.seq !== item.seq);
        this.persist();
        this.failures = 0;
        this.state.networkDown = false;
        this.options.onSaved?.(item, result);
        this.changed();
      } catch (error) {
        if (
          error instanceof ApiError &&
          (error.code === 'ATTEMPT_CLOSED' || error.status === 404)
        ) {
          this.state.closed = true;
          this.clear();
          return;
        }
        if (error instanceof ApiError && error.code === 'ATTEMPT_ON_OTHER_DEVICE') {
          // Another phone holds the attempt: keep the answers, wait for "move here".
          this.state.otherDevice = true;
          this.changed();
          return;
        }
        if (error instanceof ApiError && error.status === 400) {
          // This answer can never be accepted (an option that is not this question's): drop it.
          this.items = this.items.filter((i) => i.seq !== item.seq);
          this.persist();
          this.options.onRejected?.(item, error);
          this.changed();
          continue;
        }
        // Network down, server busy (5xx/429) or session to renew: keep the order, retry later.
        this.state.networkDown = true;
        this.changed();
        this.scheduleRetry();
        return;
      }
    }
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.destroyed) return;
    const delay = this.retryDelays[Math.min(this.failures, this.retryDelays.length - 1)];
    this.failures += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.flush();
    }, delay);
  }

  private load(): void {
    const raw = this.store?.getItem(queueKey(this.options.attemptId));
    if (!raw) return;
    try {
      const saved = JSON.parse(raw) as Persisted;
      if (Array.isArray(saved.items)) {
        this.items = saved.items.filter((i) => typeof i?.questionId === 'string');
        this.seq = Math.max(saved.seq || 0, ...this.items.map((i) => i.seq));
      }
    } catch {
      this.items = [];
    }
  }

  private persist(): void {
    const key = queueKey(this.options.attemptId);
    try {
      if (this.items.length === 0) this.store?.removeItem(key);
      else this.store?.setItem(key, JSON.stringify({ seq: this.seq, items: this.items }));
    } catch {
      // storage full or disabled: the queue still works in memory
    }
  }

  private buildSnapshot(): QueueSnapshot {
    return {
      pending: this.items.map((i) => i.questionId),
      networkDown: this.state.networkDown,
      closed: this.state.closed,
      otherDevice: this.state.otherDevice,
    };
  }

  private changed(): void {
    this.snapshotCache = this.buildSnapshot();
    this.listeners.forEach((l) => l());
  }
}
