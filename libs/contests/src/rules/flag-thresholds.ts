import type { FlagThresholds } from '../entities/contest.entity';

/**
 * The detectors' thresholds when a contest sets none (docs/fairness.md). The detectors in
 * `@app/integrity` fall back to the same numbers (a spec there checks that they agree).
 */
export const DEFAULT_FLAG_THRESHOLDS: Readonly<Required<FlagThresholds>> = {
  tooFastSecondsPerQuestion: 3,
  focusLostLeaves: 5,
  focusLostHiddenSeconds: 60,
  identicalAnswersOneIn: 1_000_000,
  sharedNetworkAccounts: 5,
};

/** The contest's thresholds with the defaults filled in. */
export function effectiveFlagThresholds(
  thresholds: FlagThresholds | null | undefined,
): Required<FlagThresholds> {
  const result = { ...DEFAULT_FLAG_THRESHOLDS };
  for (const key of Object.keys(result) as Array<keyof FlagThresholds>) {
    const value = thresholds?.[key];
    if (typeof value === 'number' && Number.isFinite(value)) result[key] = value;
  }
  return result;
}
