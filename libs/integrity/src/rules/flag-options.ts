import { effectiveFlagThresholds, type FlagThresholds } from '@app/contests';
import type { FlagOptions } from './flags';

/** The detectors' options from a contest's thresholds (defaults for what it leaves out). Pure. */
export function flagOptionsFrom(thresholds: FlagThresholds | null | undefined): FlagOptions {
  const t = effectiveFlagThresholds(thresholds);
  return {
    tooFast: { floorSecondsPerQuestion: t.tooFastSecondsPerQuestion },
    focusLost: { minLeaves: t.focusLostLeaves, minHiddenMs: t.focusLostHiddenSeconds * 1000 },
    sharedNetwork: { minAccounts: t.sharedNetworkAccounts },
    identicalAnswers: { oneIn: t.identicalAnswersOneIn },
  };
}
