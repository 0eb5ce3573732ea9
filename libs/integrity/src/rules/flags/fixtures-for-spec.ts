/** Shared fixtures of the flag detectors' unit specs (not built into the server). */

import type { AnsweredQuestion, EventSummary, FlagAttempt } from './types';

export const T0 = Date.parse('2025-07-28T13:00:00Z');
export const minutes = (m: number) => new Date(T0 + m * 60_000);

export function attempt(id: string, fields: Partial<FlagAttempt> = {}): FlagAttempt {
  return {
    attemptId: id,
    userId: `u-${id}`,
    questionCount: 20,
    durationMs: 600_000,
    submittedAt: new Date(T0),
    score: 15,
    maxScore: 20,
    ...fields,
  };
}

/** `seconds` per question over 20 questions. */
export const perQuestion = (seconds: number) => ({ durationMs: seconds * 20 * 1000 });

export function events(fields: Partial<EventSummary>): EventSummary {
  return {
    hiddenCount: 0,
    blurCount: 0,
    hiddenMs: 0,
    stored: 0,
    dropped: 0,
    truncated: false,
    ...fields,
  };
}

/** Answers to q1..qn, option `a` everywhere unless overridden. */
export function answers(
  from: number,
  to: number,
  override: Record<string, string> = {},
): AnsweredQuestion[] {
  const out: AnsweredQuestion[] = [];
  for (let i = from; i <= to; i++) {
    out.push({ questionId: `q${i}`, optionIds: [override[`q${i}`] ?? 'a'] });
  }
  return out;
}
