import { detectTooFast, nearestRankPercentile } from './too-fast';
import { attempt, perQuestion } from './fixtures-for-spec';

describe('nearestRankPercentile', () => {
  it('is the value at rank ceil(p% × n)', () => {
    const values = Array.from({ length: 200 }, (_, i) => i + 1); // 1..200
    expect(nearestRankPercentile(values, 1)).toBe(2); // rank ceil(2) = 2
    expect(nearestRankPercentile(values, 50)).toBe(100);
    expect(nearestRankPercentile([7], 1)).toBe(7);
  });
});

describe('too_fast', () => {
  it('flags an attempt under the floor even in a tiny round, and explains why with numbers', () => {
    const flags = detectTooFast([
      attempt('bot', perQuestion(2)), // 40 s for 20 questions
      attempt('a', perQuestion(25)),
      attempt('b', perQuestion(30)),
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      kind: 'too_fast',
      attemptIds: ['bot'],
      userIds: ['u-bot'],
      evidence: {
        secondsPerQuestion: 2,
        thresholdSecondsPerQuestion: 3,
        cohortPercentileSecondsPerQuestion: null,
        cohortSize: 3,
      },
    });
    expect(flags[0].detail).toContain('2 giây/câu');
    expect(flags[0].detail).toContain('20 câu trong 40 giây');
    expect(flags[0].detail).toContain('chưa đủ để so sánh');
  });

  it('does not flag exactly the floor', () => {
    expect(detectTooFast([attempt('edge', perQuestion(3))])).toEqual([]);
  });

  it('does not flag a small round by its percentile alone', () => {
    // 4 s/question is the fastest of 50 attempts, but 50 < minCohort (100).
    const round = [attempt('quick', perQuestion(4))];
    for (let i = 0; i < 49; i++) round.push(attempt(`p${i}`, perQuestion(30 + i)));
    expect(detectTooFast(round)).toEqual([]);
  });

  it('uses the 1st percentile of a large round when it is above the floor', () => {
    // 200 attempts: 4, 5, 6 s/question, then 197 normal ones. Rank ceil(1% × 200) = 2 → 5 s.
    // Threshold max(3, 5) = 5: only the 4 s attempt is strictly below.
    const round = [
      attempt('four', perQuestion(4)),
      attempt('five', perQuestion(5)),
      attempt('six', perQuestion(6)),
    ];
    for (let i = 0; i < 197; i++) round.push(attempt(`p${i}`, perQuestion(30 + i / 10)));
    const flags = detectTooFast(round);
    expect(flags.map((f) => f.attemptIds[0])).toEqual(['four']);
    expect(flags[0].evidence).toMatchObject({
      thresholdSecondsPerQuestion: 5,
      cohortPercentileSecondsPerQuestion: 5,
      cohortSize: 200,
    });
    expect(flags[0].detail).toContain('phân vị 1% của 200 lượt thi');
  });

  it('keeps the floor when the percentile of a large round is below it', () => {
    const round = Array.from({ length: 150 }, (_, i) =>
      attempt(`p${i}`, perQuestion(i < 10 ? 1 : 20)),
    );
    const flags = detectTooFast(round);
    expect(flags).toHaveLength(10);
    expect(flags[0].evidence.thresholdSecondsPerQuestion).toBe(3);
  });

  it('accepts a custom floor and ignores attempts without questions', () => {
    const flags = detectTooFast(
      [attempt('a', perQuestion(4)), attempt('empty', { questionCount: 0, durationMs: 0 })],
      { floorSecondsPerQuestion: 5 },
    );
    expect(flags.map((f) => f.attemptIds[0])).toEqual(['a']);
  });
});
