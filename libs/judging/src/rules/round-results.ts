/**
 * The results of a closed round (issue 7): perfect count, ranking, exclusions and prizes put
 * together. Pure; each rule lives in its own function (ranking.ts, eligibility.ts, prizes.ts).
 *
 * - Counted attempts (one per person, not disqualified) are ranked 1..n; `perfectCount` and the
 *   share cap's participant count are taken over them only.
 * - People whose every attempt was disqualified are listed after everyone else, in the same
 *   order among themselves, with `rank: null`, no prize and `excludedReason: 'disqualified'`.
 * - `excludedReason` is given to every excluded person, whether or not the prize walk reached
 *   them, so the judges can see why anyone could not have won.
 */
import { type EligibilityFacts, type EligibilityRules, prizeExclusion } from './eligibility';
import { allocatePrizes, type ExclusionReason, type PrizeConfig, type PrizeKind } from './prizes';
import {
  compareRankedEntries,
  countPerfect,
  predictionError,
  rankEntries,
  type RankingEntry,
} from './ranking';

export interface ResultCandidate extends RankingEntry {
  /** Same for accounts of one person (confirmed national ID); the account id otherwise. */
  personKey?: string;
  questionCount: number;
  maxScore: number;
  facts: Omit<EligibilityFacts, 'disqualified'>;
}

export interface RoundResultsInput<T extends ResultCandidate> {
  /** The counted attempt of every person who is not disqualified. */
  counted: readonly T[];
  /** For each person whose every attempt is disqualified: the attempt that would have counted. */
  disqualified: readonly T[];
  predictionEnabled: boolean;
  prizes: PrizeConfig;
  rules: EligibilityRules;
}

export type RoundResultRow<T extends ResultCandidate> = T & {
  /** 1..n over the whole list, disqualified people included (they come last). */
  position: number;
  /** null for the disqualified. */
  rank: number | null;
  predictionError: number | null;
  prize: PrizeKind | null;
  excludedReason: ExclusionReason | null;
};

export interface RoundResults<T extends ResultCandidate> {
  perfectCount: number;
  /** People ranked (the base of the share cap). */
  participants: number;
  prizeCap: number;
  entries: RoundResultRow<T>[];
}

export function computeRoundResults<T extends ResultCandidate>(
  input: RoundResultsInput<T>,
): RoundResults<T> {
  const perfectCount = countPerfect(input.counted);
  const options = { perfectCount, predictionEnabled: input.predictionEnabled };
  const ranked = rankEntries(input.counted, options).map((entry) => ({
    ...entry,
    excluded: prizeExclusion({ ...entry.facts, disqualified: false }, input.rules),
  }));
  const allocation = allocatePrizes(ranked, input.prizes, ranked.length);

  const entries: RoundResultRow<T>[] = allocation.entries.map(
    ({ excluded, skippedReason, ...entry }) =>
      ({
        ...entry,
        excludedReason: excluded ?? skippedReason ?? null,
      }) as unknown as RoundResultRow<T>,
  );
  const disqualified = input.disqualified
    .map((entry) => ({ ...entry, predictionError: predictionError(entry.prediction, options) }))
    .sort(compareRankedEntries);
  for (const entry of disqualified) {
    entries.push({
      ...entry,
      position: 0,
      rank: null,
      prize: null,
      excludedReason: 'disqualified',
    });
  }
  entries.forEach((entry, index) => (entry.position = index + 1));
  return { perfectCount, participants: ranked.length, prizeCap: allocation.cap, entries };
}
