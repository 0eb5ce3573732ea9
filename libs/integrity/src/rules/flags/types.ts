/**
 * Anomaly flags of a round (issue 8, `GET /api/rounds/:roundId/flags`): the shapes every
 * detector shares. Pure; one file per detector next to this one.
 *
 * A flag is evidence for the judges, never a verdict: each one says in plain Vietnamese what
 * was seen, with the numbers behind it (`detail`), and carries those numbers (`evidence`).
 * Nothing here disqualifies anybody.
 */

export type FlagKind =
  | 'too_fast'
  | 'focus_lost'
  | 'identical_answers'
  | 'duplicate_identity'
  | 'shared_network'
  | 'second_device'
  | 'event_flood';

export const FLAG_KINDS: readonly FlagKind[] = [
  'too_fast',
  'focus_lost',
  'identical_answers',
  'duplicate_identity',
  'shared_network',
  'second_device',
  'event_flood',
];

export interface Flag {
  kind: FlagKind;
  attemptIds: string[];
  userIds: string[];
  /** Plain Vietnamese with the numbers. */
  detail: string;
  /** The numbers behind the detail (null: not applicable). */
  evidence: Record<string, number | null>;
}

/** One answered question, as saved. */
export interface AnsweredQuestion {
  questionId: string;
  optionIds?: readonly string[];
  text?: string;
  /** Whether it was right, when known: identical wrong answers are the stronger evidence. */
  correct?: boolean | null;
  /** Options the question offered (the chance estimate's prior); absent for text answers. */
  optionCount?: number;
}

/** Integrity events of an attempt, summarised (see `summarizeEvents`). */
export interface EventSummary {
  /** `visibility_hidden` events. */
  hiddenCount: number;
  /** `blur` events. */
  blurCount: number;
  /** Total time the page was hidden. */
  hiddenMs: number;
  /** Events stored for the attempt. */
  stored: number;
  /** Events refused once the per-attempt cap was reached. */
  dropped: number;
  /** The client sent more events than the cap and the rest were dropped. */
  truncated: boolean;
}

/** The attempt was moved to another device ("chuyển sang thiết bị này") while in progress. */
export interface DeviceMove {
  at: Date;
  /** The device it was bound to before; null when it was bound to none. */
  fromDeviceId: string | null;
  toDeviceId: string;
}

/** A submitted attempt of the round. */
export interface FlagAttempt {
  attemptId: string;
  userId: string;
  questionCount: number;
  durationMs: number;
  submittedAt: Date;
  score: number;
  maxScore: number;
  ip?: string | null;
  deviceId?: string | null;
  /** In the order the participant first answered them. */
  answers?: readonly AnsweredQuestion[];
  events?: EventSummary;
  deviceMoves?: readonly DeviceMove[];
}

/** An account of someone who took part in the round. */
export interface FlagUser {
  userId: string;
  phone?: string | null;
  fullName?: string | null;
  birthYear?: number | null;
  unitId?: string | null;
  /** Keyed hash of the confirmed national ID (never the number itself). */
  nationalIdHash?: string | null;
  /** Device ids seen for the account (besides those on the attempts). */
  deviceIds?: readonly string[];
}

export interface FlagInput {
  attempts: readonly FlagAttempt[];
  users?: readonly FlagUser[];
  /**
   * identical_answers in other rounds of the contest: `pairKey(userA, userB)` → number of other
   * rounds in which the two accounts were flagged together.
   */
  identicalHistory?: ReadonlyMap<string, number>;
}

export interface AttemptFlags {
  kinds: FlagKind[];
  details: string[];
  /** Each flag on the attempt with its numbers, in the order of `details`. */
  items: Array<Pick<Flag, 'kind' | 'detail' | 'evidence'>>;
}
