import { formatNumber } from '../lib/format';
import type { ConsoleKey } from './messages';

/** The contest's detector thresholds in force, as GET /api/rounds/:roundId/flags carries them. */
export interface FlagThresholds {
  tooFastSecondsPerQuestion?: number;
  focusLostLeaves?: number;
  focusLostHiddenSeconds?: number;
  identicalAnswersOneIn?: number;
  sharedNetworkAccounts?: number;
}

/**
 * What to show next to a flag of this kind: the message and its numbers, or null for a kind
 * without a contest threshold (or when the server sent none).
 */
export function thresholdNote(
  kind: string,
  t: FlagThresholds | undefined,
): { key: ConsoleKey; params: Record<string, string> } | null {
  if (!t) return null;
  switch (kind) {
    case 'too_fast':
      return t.tooFastSecondsPerQuestion === undefined
        ? null
        : { key: 'threshold.too_fast', params: { s: formatNumber(t.tooFastSecondsPerQuestion) } };
    case 'focus_lost':
      return t.focusLostLeaves === undefined || t.focusLostHiddenSeconds === undefined
        ? null
        : {
            key: 'threshold.focus_lost',
            params: {
              n: formatNumber(t.focusLostLeaves),
              s: formatNumber(t.focusLostHiddenSeconds),
            },
          };
    case 'identical_answers':
      return t.identicalAnswersOneIn === undefined
        ? null
        : {
            key: 'threshold.identical_answers',
            params: { n: formatNumber(t.identicalAnswersOneIn) },
          };
    case 'shared_network':
      return t.sharedNetworkAccounts === undefined
        ? null
        : { key: 'threshold.shared_network', params: { n: formatNumber(t.sharedNetworkAccounts) } };
    default:
      return null;
  }
}
