import { compareStandings, durationBucket, scoreCents } from './rank-key';

const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));

describe('board order', () => {
  it('sorts by score desc, then duration asc, then submission time, then user id', () => {
    const rows = [
      { userId: 'e', score: 9, durationMs: 100, submittedAt: at(1) },
      { userId: 'd', score: 10, durationMs: 200, submittedAt: at(3) },
      { userId: 'c', score: 10, durationMs: 200, submittedAt: at(2) },
      { userId: 'b', score: 10, durationMs: 150, submittedAt: at(9) },
      { userId: 'a', score: 10, durationMs: 200, submittedAt: at(2) },
    ];
    expect([...rows].sort(compareStandings).map((r) => r.userId)).toEqual([
      'b',
      'a',
      'c',
      'd',
      'e',
    ]);
  });

  it('compares scores as cents and buckets durations by the second', () => {
    expect(scoreCents(0.1 + 0.2)).toBe(30);
    expect(scoreCents(8)).toBe(800);
    expect(durationBucket(999)).toBe(0);
    expect(durationBucket(1000)).toBe(1);
    expect(durationBucket(-5)).toBe(0);
  });
});
