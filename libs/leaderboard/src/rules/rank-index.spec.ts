import { RankIndex } from './rank-index';
import { cellOf, compareStandings, type StandingKey } from './rank-key';

function rankByIndex(index: RankIndex, all: StandingKey[], me: StandingKey): number {
  // What the service does: the index counts the cells above, the database the ties in the cell.
  const cell = cellOf(me);
  const inCellBefore = all.filter((o) => {
    const c = cellOf(o);
    return (
      c.scoreCents === cell.scoreCents && c.bucket === cell.bucket && compareStandings(o, me) < 0
    );
  }).length;
  return index.countBefore(cell) + inCellBefore + 1;
}

describe('RankIndex', () => {
  it('counts the people above a cell: higher scores, then shorter duration buckets', () => {
    const index = new RankIndex();
    index.set('a', { scoreCents: 1000, bucket: 50 });
    index.set('b', { scoreCents: 1000, bucket: 40 });
    index.set('c', { scoreCents: 900, bucket: 10 });
    index.set('d', { scoreCents: 1100, bucket: 500 });
    expect(index.size).toBe(4);
    expect(index.countBefore({ scoreCents: 1100, bucket: 500 })).toBe(0);
    expect(index.countBefore({ scoreCents: 1000, bucket: 50 })).toBe(2); // d, b
    expect(index.countBefore({ scoreCents: 1000, bucket: 40 })).toBe(1); // d
    expect(index.countBefore({ scoreCents: 900, bucket: 10 })).toBe(3);
    expect(index.countBefore({ scoreCents: 0, bucket: 0 })).toBe(4);
    expect(index.countIn({ scoreCents: 1000, bucket: 50 })).toBe(1);
  });

  it('moves a person whose counted attempt changed, and removes one taken off the board', () => {
    const index = new RankIndex();
    index.set('a', { scoreCents: 500, bucket: 3 });
    index.set('b', { scoreCents: 700, bucket: 3 });
    expect(index.countBefore({ scoreCents: 500, bucket: 3 })).toBe(1);
    index.set('a', { scoreCents: 800, bucket: 9 });
    expect(index.size).toBe(2);
    expect(index.cellOf('a')).toEqual({ scoreCents: 800, bucket: 9 });
    expect(index.countBefore({ scoreCents: 700, bucket: 3 })).toBe(1);
    index.set('a', null);
    index.set('nobody', null);
    expect(index.size).toBe(1);
    expect(index.cellOf('a')).toBeNull();
    expect(index.countBefore({ scoreCents: 700, bucket: 3 })).toBe(0);
  });

  it('handles fractional scores as exact cents', () => {
    const index = new RankIndex();
    index.set('a', cellOf({ score: 0.1 + 0.2, durationMs: 1000 }));
    index.set('b', cellOf({ score: 0.3, durationMs: 999 }));
    expect(index.countIn({ scoreCents: 30, bucket: 1 })).toBe(1);
    expect(index.countBefore({ scoreCents: 30, bucket: 1 })).toBe(1);
  });

  it('gives the same rank as sorting the whole board, through random changes', () => {
    let seed = 42;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const index = new RankIndex();
    const board = new Map<string, StandingKey>();
    for (let step = 0; step < 3000; step++) {
      const userId = `u${rnd(400)}`;
      if (rnd(10) === 0) {
        board.delete(userId);
        index.set(userId, null);
      } else {
        const key = {
          userId,
          score: rnd(21) / (rnd(2) ? 1 : 4),
          durationMs: rnd(5) === 0 ? 900_000 : 1000 * rnd(900) + rnd(1000),
          submittedAt: new Date(1_700_000_000_000 + rnd(10_000)),
        };
        board.set(userId, key);
        index.set(userId, cellOf(key));
      }
      if (step % 100 === 0) {
        const all = [...board.values()];
        const sorted = [...all].sort(compareStandings);
        expect(index.size).toBe(all.length);
        for (const me of all.slice(0, 30)) {
          expect(rankByIndex(index, all, me)).toBe(sorted.indexOf(me) + 1);
        }
      }
    }
  });
});
