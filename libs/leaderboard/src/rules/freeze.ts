import type { BoardView } from './board-room';

/**
 * Which standings a board shows (docs/api.md "Leaderboards"). The public board freezes
 * `freezeMinutesBeforeClose` before the round closes and stays frozen until the judges finalize
 * the results; from then on every board shows the final results. Pure.
 */
export interface FreezeSettings {
  freezeMinutesBeforeClose: number;
  closesAt: Date;
  /** When the judges finalized the round's results; null while they have not. */
  finalizedAt: Date | null;
}

/**
 * `live`: the counted attempts now; `frozen`: the counted attempts at the freeze moment;
 * `final`: the finalized results (with the prediction tie-break).
 */
export type StandingsSource = 'live' | 'frozen' | 'final';

/** The freeze moment, or null when the contest does not freeze its board. */
export function freezePoint(settings: FreezeSettings): Date | null {
  if (!(settings.freezeMinutesBeforeClose > 0)) return null;
  return new Date(settings.closesAt.getTime() - settings.freezeMinutesBeforeClose * 60_000);
}

/** Whether people who are not staff see the board as it was at the freeze moment. */
export function isPublicBoardFrozen(settings: FreezeSettings, now: Date): boolean {
  const at = freezePoint(settings);
  return at !== null && now.getTime() >= at.getTime() && settings.finalizedAt === null;
}

export function boardSource(view: BoardView, settings: FreezeSettings, now: Date): StandingsSource {
  if (settings.finalizedAt !== null) return 'final';
  return view === 'public' && isPublicBoardFrozen(settings, now) ? 'frozen' : 'live';
}
