import type { Round, RoundStatus } from '../api/types';

/** A round's status by the server's clock (`serverNow` of the contest response). */
export function roundStatus(round: Round, serverNowMs: number): RoundStatus {
  if (round.status) return round.status;
  if (serverNowMs < Date.parse(round.opensAt)) return 'upcoming';
  if (serverNowMs >= Date.parse(round.closesAt)) return 'closed';
  return 'open';
}

/** The open round, else the next one to open, else the last one. */
export function currentRound(rounds: Round[], serverNowMs: number): Round | undefined {
  return (
    rounds.find((r) => roundStatus(r, serverNowMs) === 'open') ??
    rounds.find((r) => roundStatus(r, serverNowMs) === 'upcoming') ??
    rounds[rounds.length - 1]
  );
}
