/**
 * Events the judging lib emits (EventEmitter2, after the change is committed). The names are the
 * leaderboard lib's (`libs/leaderboard/src/leaderboard.events.ts`), repeated here as strings so
 * that judging does not depend on the leaderboard (which listens).
 */
export const STANDINGS_CHANGED_EVENT = 'standings.changed';
export const RESULTS_FINALIZED_EVENT = 'results.finalized';
/**
 * Emitted with `emitAsync` and awaited, outside any transaction, just before a round's results
 * are computed: the fairness toolkit (libs/integrity) refreshes the round's anomaly flags then.
 */
export const RESULTS_COMPUTING_EVENT = 'results.computing';

export interface RoundEvent {
  roundId: string;
}
