import { boardSignature, shouldBroadcast } from './board-change';

const entry = (rank: number, userId: string, score: number) => ({
  rank,
  userId,
  displayName: `Người ${userId}`,
  unitName: 'Công đoàn cơ sở A',
  score,
  correctCount: score,
  durationMs: 60_000,
});
const board = {
  frozen: false,
  participants: 2,
  attempts: 3,
  entries: [entry(1, 'a', 9), entry(2, 'b', 8)],
};

describe('coalescing decision', () => {
  it('sends the first snapshot of a room', () => {
    expect(shouldBroadcast(undefined, board)).toBe(true);
  });

  it('does not send an unchanged board, whatever its updatedAt', () => {
    const previous = boardSignature(board);
    expect(shouldBroadcast(previous, { ...board, updatedAt: 'later' } as typeof board)).toBe(false);
  });

  it('sends when the order, a score, a counter or the frozen flag changed', () => {
    const previous = boardSignature(board);
    expect(
      shouldBroadcast(previous, { ...board, entries: [entry(1, 'b', 8), entry(2, 'a', 9)] }),
    ).toBe(true);
    expect(
      shouldBroadcast(previous, { ...board, entries: [entry(1, 'a', 10), entry(2, 'b', 8)] }),
    ).toBe(true);
    expect(shouldBroadcast(previous, { ...board, attempts: 4 })).toBe(true);
    expect(shouldBroadcast(previous, { ...board, participants: 3 })).toBe(true);
    expect(shouldBroadcast(previous, { ...board, frozen: true })).toBe(true);
  });
});
