import { detectDuplicateIdentity } from './duplicate-identity';
import { detectEventFlood } from './event-flood';
import { detectFocusLost, type FocusLostOptions } from './focus-lost';
import { detectIdenticalAnswers, type IdenticalAnswersOptions } from './identical-answers';
import { detectSecondDevice } from './second-device';
import { detectSharedNetwork, type SharedNetworkOptions } from './shared-network';
import { detectTooFast, type TooFastOptions } from './too-fast';
import type { AttemptFlags, Flag, FlagInput } from './types';

export interface FlagOptions {
  tooFast?: TooFastOptions;
  focusLost?: FocusLostOptions;
  identicalAnswers?: IdenticalAnswersOptions;
  sharedNetwork?: SharedNetworkOptions;
}

/** Every flag of the round, kinds in the order of `FLAG_KINDS`. */
export function detectFlags(input: FlagInput, options: FlagOptions = {}): Flag[] {
  return [
    ...detectTooFast(input.attempts, options.tooFast),
    ...detectFocusLost(input.attempts, options.focusLost),
    ...detectIdenticalAnswers(input.attempts, options.identicalAnswers, input.identicalHistory),
    ...detectDuplicateIdentity(input.attempts, input.users ?? []),
    ...detectSharedNetwork(input.attempts, options.sharedNetwork),
    ...detectSecondDevice(input.attempts),
    ...detectEventFlood(input.attempts),
  ];
}

/** attemptId → the kinds (each once, in `FLAG_KINDS` order) and one detail per flag. */
export function computeFlags(
  input: FlagInput,
  options: FlagOptions = {},
): Map<string, AttemptFlags> {
  return flagsByAttempt(detectFlags(input, options));
}

/** attemptId → the kinds and details of already detected flags (see `computeFlags`). */
export function flagsByAttempt(flags: readonly Flag[]): Map<string, AttemptFlags> {
  const result = new Map<string, AttemptFlags>();
  for (const flag of flags) {
    for (const attemptId of flag.attemptIds) {
      const entry = result.get(attemptId) ?? { kinds: [], details: [], items: [] };
      if (!entry.kinds.includes(flag.kind)) entry.kinds.push(flag.kind);
      entry.details.push(flag.detail);
      entry.items.push({ kind: flag.kind, detail: flag.detail, evidence: flag.evidence });
      result.set(attemptId, entry);
    }
  }
  return result;
}
