import type { KeyVersion } from './regrade';
import { type RescoredAttempt, summarizeRegrade } from './regrade-summary';

const v = (versionId: string, version: number, optionIds: string[]): KeyVersion => ({
  versionId,
  version,
  type: 'single',
  options: optionIds.map((id, i) => ({ id, text: `Phương án ${id}`, correct: i === 0 })),
});

const rescored = (id: string, score: number, next: number, chosen: string[]): RescoredAttempt => ({
  attempt: {
    id,
    roundId: 'r1',
    userId: `u-${id}`,
    fullName: `Người ${id}`,
    score,
    correctCount: score,
  },
  next: { score: next, correctCount: next },
  chosen,
});

describe('summarizeRegrade', () => {
  const next = v('v3', 3, ['a', 'c']);
  const versions = new Map([
    ['v2', v('v2', 2, ['a', 'b'])],
    ['v1', v('v1', 1, ['a', 'b'])],
  ]);
  const summary = summarizeRegrade({
    questionId: 'q1',
    next,
    versions,
    oldVersionIds: ['v2', 'v1'],
    drawn: [{ versionId: 'v2' }, { versionId: 'v1' }, { versionId: 'v2' }],
    targets: [
      rescored('t1', 5, 6, ['b']),
      rescored('t2', 7, 7, ['a']),
      rescored('t3', 4, 3, ['b']),
    ],
    rounds: [],
    finalizedRoundsSkipped: [],
    otherContestsSkipped: [],
    inProgressNotRegraded: 2,
  });

  it('reports the versions moved from (oldest first, with their attempts) and to', () => {
    expect(summary.toVersion).toEqual({ versionId: 'v3', version: 3, attempts: 3 });
    expect(summary.fromVersions).toEqual([
      { versionId: 'v1', version: 1, attempts: 1 },
      { versionId: 'v2', version: 2, attempts: 2 },
    ]);
    expect(summary.affectedAttempts).toBe(3);
    expect(summary.applied).toBe(false);
    expect(summary.inProgressNotRegraded).toBe(2);
  });

  it('lists only the attempts whose score changes, old and new', () => {
    expect(summary.changes).toEqual([
      expect.objectContaining({ attemptId: 't1', oldScore: 5, newScore: 6, userId: 'u-t1' }),
      expect.objectContaining({ attemptId: 't3', oldScore: 4, newScore: 3, fullName: 'Người t3' }),
    ]);
  });

  it('warns about a dropped option with how many chose it', () => {
    expect(summary.warnings.filter((w) => w.includes('“Phương án b”'))).toEqual([
      expect.stringContaining('2 lượt đã chọn'),
      expect.stringContaining('2 lượt đã chọn'),
    ]);
  });
});
