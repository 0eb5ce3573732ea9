/**
 * Final ranking of a closed round (issue 7, docs/api.md "Judging and results"). Pure.
 *
 * Order: score desc; then |prediction − perfectCount| asc when the contest asks a prediction
 * (an entry without a prediction comes after every entry with one); then durationMs asc; then
 * submittedAt asc; then attemptId asc, only so that the order is deterministic. Ranks are
 * 1..n and never shared.
 */

/** Which attempt's prediction the tie-break uses (the contest's `predictionAttempt`). */
export type PredictionPolicy = 'first' | 'counted';

export interface PredictionSource {
  id: string;
  prediction: number | null;
  submittedAt: Date;
  disqualified: boolean;
}

/**
 * The prediction that the tie-break uses for one person in a round (docs/fairness.md):
 * - `counted`: the prediction of the attempt that counts for the score;
 * - `first`: the first prediction given in the round: the earliest submitted attempt carrying
 *   one, attempts that are not disqualified before those that are (a person whose every attempt
 *   is disqualified keeps their own first prediction). A better guess in a later attempt is
 *   ignored, so resubmitting cannot farm the tie-break.
 * `predictionSql` is the same rule in SQL; a test checks both agree in PostgreSQL.
 */
export function predictionThatCounts(
  attempts: readonly PredictionSource[],
  countedAttemptId: string,
  policy: PredictionPolicy,
): number | null {
  if (policy === 'counted') {
    return attempts.find((a) => a.id === countedAttemptId)?.prediction ?? null;
  }
  const given = attempts
    .filter((a) => a.prediction !== null)
    .sort(
      (a, b) =>
        Number(a.disqualified) - Number(b.disqualified) ||
        a.submittedAt.getTime() - b.submittedAt.getTime() ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  return given[0]?.prediction ?? null;
}

/**
 * `predictionThatCounts` as a scalar SQL expression, for the attempt row aliased `counted` (its
 * `id`, `round_id`, `user_id`, `prediction`). Submitted attempts only, like the function's input.
 */
export function predictionSql(policy: PredictionPolicy, counted: string): string {
  if (policy === 'counted') return `${counted}.prediction`;
  return `(SELECT p.prediction FROM attempts p
     WHERE p.round_id = ${counted}.round_id AND p.user_id = ${counted}.user_id
       AND p.status = 'submitted' AND p.prediction IS NOT NULL
     ORDER BY (p.disqualified_at IS NOT NULL), p.submitted_at, p.id LIMIT 1)`;
}

export interface RankingEntry {
  userId: string;
  attemptId: string;
  score: number;
  correctCount: number;
  prediction: number | null;
  durationMs: number;
  submittedAt: Date;
}

export interface RankingOptions {
  /** People whose counted attempt has every question right (see `countPerfect`). */
  perfectCount: number;
  predictionEnabled: boolean;
}

export type RankedEntry<T extends RankingEntry = RankingEntry> = T & {
  rank: number;
  /** |prediction − perfectCount|; null when no prediction is asked or none was given. */
  predictionError: number | null;
};

export function predictionError(prediction: number | null, options: RankingOptions): number | null {
  if (!options.predictionEnabled || prediction === null) return null;
  return Math.abs(prediction - options.perfectCount);
}

function compareNullableAsc(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a - b;
}

/** The ranking order on entries whose `predictionError` is already computed. */
export function compareRankedEntries(
  a: RankingEntry & { predictionError: number | null },
  b: RankingEntry & { predictionError: number | null },
): number {
  return (
    b.score - a.score ||
    compareNullableAsc(a.predictionError, b.predictionError) ||
    a.durationMs - b.durationMs ||
    a.submittedAt.getTime() - b.submittedAt.getTime() ||
    (a.attemptId < b.attemptId ? -1 : a.attemptId > b.attemptId ? 1 : 0)
  );
}

/** Ranks the counted attempts of a round (one per person); the input is left untouched. */
export function rankEntries<T extends RankingEntry>(
  entries: readonly T[],
  options: RankingOptions,
): RankedEntry<T>[] {
  return entries
    .map((entry) => ({ ...entry, predictionError: predictionError(entry.prediction, options) }))
    .sort(compareRankedEntries)
    .map((entry, index) => ({ ...entry, rank: index + 1 }));
}

export interface PerfectCandidate {
  userId: string;
  correctCount: number;
  questionCount: number;
  /** When both are given, a perfect attempt also has score = maxScore (a partly graded essay is not perfect). */
  score?: number;
  maxScore?: number;
}

/** Every question right: correctCount = questionCount (> 0) and, when known, score = maxScore. */
export function isPerfect(a: Omit<PerfectCandidate, 'userId'>): boolean {
  if (a.questionCount <= 0 || a.correctCount < a.questionCount) return false;
  return a.score === undefined || a.maxScore === undefined || a.score >= a.maxScore;
}

/**
 * perfectCount: the number of people whose counted attempt has every question right. Pass one
 * counted attempt per person; a person listed twice is still counted once.
 */
export function countPerfect(attempts: readonly PerfectCandidate[]): number {
  const perfect = new Set<string>();
  for (const a of attempts) {
    if (isPerfect(a)) perfect.add(a.userId);
  }
  return perfect.size;
}
