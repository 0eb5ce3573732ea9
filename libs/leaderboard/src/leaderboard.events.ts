/**
 * Events the leaderboard listens to (besides `ATTEMPT_SUBMITTED` from @app/attempts). Emit them
 * with @nestjs/event-emitter after the change is committed.
 */

/** Someone's counted attempt changed other than by a submission (disqualify, reinstate, regrade). */
export const STANDINGS_CHANGED = 'standings.changed';

export interface StandingsChangedEvent {
  roundId: string;
  /** The people whose standing changed; omit to have the whole board reloaded. */
  userIds?: string[];
}

/** The judges finalized the results of a round: the public board leaves its freeze. */
export const RESULTS_FINALIZED = 'results.finalized';

export interface ResultsFinalizedEvent {
  roundId: string;
}

/**
 * Internal: the live-board service asks the gateway to send something to local rooms. Carries
 * `LeaderboardOutboxMessage`.
 */
export const LEADERBOARD_OUTBOX = 'leaderboard.outbox';

/** Internal: a signal to pass on to the other instances (a `LeaderboardSignal`). */
export const LEADERBOARD_RELAY = 'leaderboard.relay';

export interface LeaderboardOutboxMessage {
  rooms: string[];
  event: 'leaderboard:update' | 'round:stats';
  payload: unknown;
}
