import { byTimeThenId, formatDurationVi, formatNumberVi, round } from './format';
import type { Flag, FlagAttempt } from './types';

export interface TooFastOptions {
  /** Always suspicious below this many seconds per question. Default 3. */
  floorSecondsPerQuestion?: number;
  /** Percentile of the round's seconds per question used as the relative threshold. Default 1. */
  percentile?: number;
  /** Below this many attempts the cohort is too small for a percentile: floor only. Default 100. */
  minCohort?: number;
}

/** Nearest-rank percentile (p in 0..100) of ascending `sorted`; at least 1 % is ≤ it. */
export function nearestRankPercentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('percentile of an empty list');
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

/**
 * Seconds per question below max(floor, the round's p-th percentile). With fewer than
 * `minCohort` attempts only the floor applies. The nearest-rank percentile keeps the relative
 * rule strict: only attempts faster than at least p % of the round can be flagged by it.
 */
export function detectTooFast(
  attempts: readonly FlagAttempt[],
  options: TooFastOptions = {},
): Flag[] {
  const floor = options.floorSecondsPerQuestion ?? 3;
  const percentile = options.percentile ?? 1;
  const minCohort = options.minCohort ?? 100;
  const measured = attempts
    .filter((a) => a.questionCount > 0 && Number.isFinite(a.durationMs))
    .map((a) => ({ attempt: a, perQuestion: a.durationMs / 1000 / a.questionCount }));
  const sorted = measured.map((m) => m.perQuestion).sort((x, y) => x - y);
  const relative = sorted.length >= minCohort ? nearestRankPercentile(sorted, percentile) : null;
  const threshold = Math.max(floor, relative ?? 0);

  const why =
    relative === null
      ? `tuần thi mới có ${formatNumberVi(sorted.length, 0)} lượt thi, chưa đủ để so sánh nên chỉ dùng mức sàn ${formatNumberVi(floor)} giây/câu`
      : `ngưỡng là mức cao hơn giữa mức sàn ${formatNumberVi(floor)} giây/câu và phân vị ${formatNumberVi(percentile)}% của ${formatNumberVi(sorted.length, 0)} lượt thi trong tuần thi (${formatNumberVi(relative)} giây/câu)`;

  return measured
    .filter((m) => m.perQuestion < threshold)
    .sort((x, y) => byTimeThenId(x.attempt, y.attempt))
    .map(({ attempt, perQuestion }) => ({
      kind: 'too_fast' as const,
      attemptIds: [attempt.attemptId],
      userIds: [attempt.userId],
      detail:
        `Làm bài quá nhanh: trung bình ${formatNumberVi(perQuestion)} giây/câu ` +
        `(${formatNumberVi(attempt.questionCount, 0)} câu trong ${formatDurationVi(attempt.durationMs)}), ` +
        `dưới ngưỡng ${formatNumberVi(threshold)} giây/câu; ${why}.`,
      evidence: {
        secondsPerQuestion: round(perQuestion),
        thresholdSecondsPerQuestion: round(threshold),
        floorSecondsPerQuestion: floor,
        cohortPercentileSecondsPerQuestion: relative === null ? null : round(relative),
        cohortSize: sorted.length,
        questionCount: attempt.questionCount,
        durationMs: attempt.durationMs,
      },
    }));
}
