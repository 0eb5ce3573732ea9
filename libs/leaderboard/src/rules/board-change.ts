/**
 * The coalescing decision: a room gets `leaderboard:update` only when what it shows changed —
 * the entries, the counters or the frozen flag — never because time passed (`updatedAt` is
 * left out). Pure.
 */
export interface BoardContent {
  frozen: boolean;
  participants: number;
  attempts: number;
  entries: ReadonlyArray<{
    rank: number;
    userId: string;
    displayName: string;
    unitName: string | null;
    score: number;
    correctCount: number;
    durationMs: number;
  }>;
}

export function boardSignature(board: BoardContent): string {
  return JSON.stringify([
    board.frozen,
    board.participants,
    board.attempts,
    board.entries.map((e) => [
      e.rank,
      e.userId,
      e.displayName,
      e.unitName,
      e.score,
      e.correctCount,
      e.durationMs,
    ]),
  ]);
}

export function countersSignature(board: { participants: number; attempts: number }): string {
  return `${board.participants}/${board.attempts}`;
}

/** Whether a room whose last update had `previous` must be sent `next`. */
export function shouldBroadcast(previous: string | undefined, next: BoardContent): boolean {
  return previous !== boardSignature(next);
}
