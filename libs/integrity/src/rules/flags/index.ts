export { computeFlags, detectFlags, flagsByAttempt, type FlagOptions } from './detect-flags';
export { detectDuplicateIdentity } from './duplicate-identity';
export { detectEventFlood } from './event-flood';
export {
  detectFocusLost,
  type FocusLostOptions,
  type IntegrityEvent,
  summarizeEvents,
} from './focus-lost';
export { formatDurationVi, formatNumberVi, formatVietnamTime } from './format';
export { formatChanceVi, formatOneInVi } from './chance-format';
export { detectIdenticalAnswers, type IdenticalAnswersOptions, pairKey } from './identical-answers';
export { detectSecondDevice } from './second-device';
export { detectSharedNetwork, type SharedNetworkOptions } from './shared-network';
export { detectTooFast, nearestRankPercentile, type TooFastOptions } from './too-fast';
export {
  type AnsweredQuestion,
  type AttemptFlags,
  type DeviceMove,
  type EventSummary,
  type Flag,
  type FlagAttempt,
  type FlagInput,
  type FlagKind,
  FLAG_KINDS,
  type FlagUser,
} from './types';
