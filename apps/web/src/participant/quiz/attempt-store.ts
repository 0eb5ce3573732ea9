import { storage } from '../../lib/storage';
import type { Attempt } from '../../api/types';
import { queueKey } from './offline-queue';

/**
 * What a phone keeps about an attempt in progress, so that a reload — even offline — resumes
 * the quiz: the drawn questions, the measured clock offset, the prediction being typed and the
 * question on screen. The unsent answers are kept by the offline queue itself.
 */
export interface CachedAttempt {
  attempt: Attempt;
  offsetMs: number;
}

const key = (id: string) => `hoithi.attempt.${id}`;
const predictionKey = (id: string) => `hoithi.prediction.${id}`;
const positionKey = (id: string) => `hoithi.position.${id}`;
const receiptKey = (id: string) => `hoithi.receipt.${id}`;

let fresh: CachedAttempt | null = null;

export function rememberAttempt(attempt: Attempt, receivedAt: number = Date.now()): CachedAttempt {
  const entry = { attempt, offsetMs: Date.parse(attempt.serverNow) - receivedAt };
  fresh = entry;
  if (attempt.status === 'in_progress') storage.setJSON(key(attempt.id), entry);
  return entry;
}

/** The attempt just started on the contest page (saves a request), else the stored copy. */
export function cachedAttempt(id: string): CachedAttempt | null {
  if (fresh?.attempt.id === id) return fresh;
  return storage.getJSON<CachedAttempt>(key(id));
}

export function savedPrediction(id: string): string {
  return storage.get(predictionKey(id)) ?? '';
}
export function savePrediction(id: string, value: string): void {
  storage.set(predictionKey(id), value);
}
export function savedPosition(id: string): number {
  return Number(storage.get(positionKey(id)) ?? 0) || 0;
}
export function savePosition(id: string, index: number): void {
  storage.set(positionKey(id), String(index));
}
export function saveReceipt(id: string, receipt: string | undefined): void {
  if (receipt) storage.set(receiptKey(id), receipt);
}
export function savedReceipt(id: string): string | null {
  return storage.get(receiptKey(id));
}

/** After submission: everything but the receipt. */
export function forgetAttempt(id: string): void {
  if (fresh?.attempt.id === id) fresh = null;
  storage.remove(key(id));
  storage.remove(predictionKey(id));
  storage.remove(positionKey(id));
  storage.remove(queueKey(id));
}
