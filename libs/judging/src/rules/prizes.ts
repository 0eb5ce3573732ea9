/**
 * Prize allocation for one round (issue 7). Pure.
 *
 * Walk down the ranking; an excluded entry is passed over, every other entry takes the next
 * prize still available: first × N1, then second × N2, third × N3, consolation × N4. The
 * total never exceeds floor(maxShareOfParticipants × participants) (default share 0.5). A
 * person never receives two prizes in the round (a second entry of the same user is passed
 * over as `already_won`).
 */

export type PrizeKind = 'first' | 'second' | 'third' | 'consolation';
export const PRIZE_KINDS: readonly PrizeKind[] = ['first', 'second', 'third', 'consolation'];

export type ExclusionReason =
  | 'disqualified'
  | 'staff'
  | 'unverified_email'
  | 'unconfirmed_national_id'
  | 'ineligible_unit'
  | 'already_won';

export interface PrizeConfig {
  first: number;
  second: number;
  third: number;
  consolation: number;
  /** Share of the participants that may win at most (0..1). Default 0.5. */
  maxShareOfParticipants?: number;
}

export interface PrizeCandidate {
  userId: string;
  /** One person behind several accounts (same confirmed national ID) shares one key. */
  personKey?: string;
  rank: number;
  /** Why this entry may not win, as decided by the caller's eligibility checks. */
  excluded?: ExclusionReason;
}

export type PrizeAllocation<T extends PrizeCandidate = PrizeCandidate> = T & {
  prize: PrizeKind | null;
  /**
   * Set when the walk reached this entry while a prize was still available but the entry
   * could not take it; null for winners and for entries below the last prize.
   */
  skippedReason: ExclusionReason | null;
};

export interface PrizeAllocationResult<T extends PrizeCandidate = PrizeCandidate> {
  /** In rank order. */
  entries: PrizeAllocation<T>[];
  /** floor(maxShareOfParticipants × participants). */
  cap: number;
  /** Prizes actually given, per kind. */
  awarded: Record<PrizeKind, number>;
}

export const DEFAULT_MAX_SHARE_OF_PARTICIPANTS = 0.5;

function assertCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`Prize count "${name}" must be a non-negative integer, got ${value}`);
  }
}

/** floor(share × participants), immune to binary noise such as 0.29 × 100 = 28.999…96. */
export function prizeCap(
  participants: number,
  maxShare = DEFAULT_MAX_SHARE_OF_PARTICIPANTS,
): number {
  if (!(maxShare >= 0 && maxShare <= 1)) {
    throw new RangeError(`maxShareOfParticipants must be within 0..1, got ${maxShare}`);
  }
  assertCount('participants', participants);
  return Math.floor(maxShare * participants + 1e-9);
}

/**
 * Allocates the round's prizes. `participants` is the number of people who took part in the
 * round (the base of the share cap), which may be larger than the list when some entries
 * are not ranked.
 */
export function allocatePrizes<T extends PrizeCandidate>(
  ranked: readonly T[],
  config: PrizeConfig,
  participants: number,
): PrizeAllocationResult<T> {
  for (const kind of PRIZE_KINDS) assertCount(kind, config[kind]);
  const cap = prizeCap(participants, config.maxShareOfParticipants);
  const queue: PrizeKind[] = PRIZE_KINDS.flatMap((kind) =>
    new Array<PrizeKind>(config[kind]).fill(kind),
  ).slice(0, cap);
  const awarded: Record<PrizeKind, number> = { first: 0, second: 0, third: 0, consolation: 0 };
  const winners = new Set<string>();
  let next = 0;

  const entries = ranked
    .slice()
    .sort((a, b) => a.rank - b.rank)
    .map((entry): PrizeAllocation<T> => {
      const open = next < queue.length;
      const reason: ExclusionReason | undefined =
        entry.excluded ??
        (winners.has(entry.personKey ?? entry.userId) ? 'already_won' : undefined);
      if (!open) return { ...entry, prize: null, skippedReason: null };
      if (reason !== undefined) return { ...entry, prize: null, skippedReason: reason };
      const prize = queue[next++];
      awarded[prize] += 1;
      winners.add(entry.personKey ?? entry.userId);
      return { ...entry, prize, skippedReason: null };
    });

  return { entries, cap, awarded };
}
