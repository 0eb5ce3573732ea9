import { countPerfect, rankEntries, type RankingEntry } from './ranking';

const base = new Date('2025-07-28T14:00:00Z').getTime();

function entry(attemptId: string, fields: Partial<RankingEntry> = {}): RankingEntry {
  return {
    userId: `u-${attemptId}`,
    attemptId,
    score: 10,
    correctCount: 10,
    prediction: null,
    durationMs: 300_000,
    submittedAt: new Date(base),
    ...fields,
  };
}

const noPrediction = { perfectCount: 0, predictionEnabled: false };
const ids = (ranked: { attemptId: string }[]) => ranked.map((e) => e.attemptId);

describe('rankEntries', () => {
  it('puts the higher score first', () => {
    const ranked = rankEntries(
      [entry('a', { score: 15 }), entry('b', { score: 18 })],
      noPrediction,
    );
    expect(ids(ranked)).toEqual(['b', 'a']);
    expect(ranked.map((e) => e.rank)).toEqual([1, 2]);
  });

  it('lets score beat every later tie-break', () => {
    const ranked = rankEntries(
      [
        entry('fast-exact', {
          score: 17,
          prediction: 40,
          durationMs: 1_000,
          submittedAt: new Date(base - 1e6),
        }),
        entry('slow-far', { score: 18, prediction: 9_999, durationMs: 900_000 }),
      ],
      { perfectCount: 40, predictionEnabled: true },
    );
    expect(ids(ranked)).toEqual(['slow-far', 'fast-exact']);
  });

  it('breaks an equal score by the prediction closest to the perfect count', () => {
    const ranked = rankEntries(
      [
        entry('far', { prediction: 100, durationMs: 1_000 }),
        entry('under', { prediction: 45, durationMs: 5_000 }),
        entry('close', { prediction: 52, durationMs: 9_000 }),
      ],
      { perfectCount: 50, predictionEnabled: true },
    );
    expect(ids(ranked)).toEqual(['close', 'under', 'far']);
    expect(ranked.map((e) => e.predictionError)).toEqual([2, 5, 50]);
  });

  it('treats an over- and an under-estimate by the same amount as equal, then uses time', () => {
    const ranked = rankEntries(
      [
        entry('over', { prediction: 53, durationMs: 200_000 }),
        entry('under', { prediction: 47, durationMs: 100_000 }),
      ],
      { perfectCount: 50, predictionEnabled: true },
    );
    expect(ids(ranked)).toEqual(['under', 'over']);
  });

  it('puts a missing prediction after any given one', () => {
    const ranked = rankEntries(
      [
        entry('none', { prediction: null, durationMs: 1 }),
        entry('wild', { prediction: 1_000_000 }),
      ],
      { perfectCount: 3, predictionEnabled: true },
    );
    expect(ids(ranked)).toEqual(['wild', 'none']);
    expect(ranked[1].predictionError).toBeNull();
  });

  it('ignores predictions when the contest asks none', () => {
    const ranked = rankEntries(
      [
        entry('exact', { prediction: 7, durationMs: 200_000 }),
        entry('quick', { prediction: 99, durationMs: 100_000 }),
      ],
      { perfectCount: 7, predictionEnabled: false },
    );
    expect(ids(ranked)).toEqual(['quick', 'exact']);
    expect(ranked.map((e) => e.predictionError)).toEqual([null, null]);
  });

  it('breaks equal score and prediction error by the shorter time', () => {
    const ranked = rankEntries(
      [
        entry('slow', { prediction: 10, durationMs: 400_000 }),
        entry('quick', { prediction: 10, durationMs: 399_999 }),
      ],
      { perfectCount: 12, predictionEnabled: true },
    );
    expect(ids(ranked)).toEqual(['quick', 'slow']);
  });

  it('breaks equal score, prediction and time by the earlier submission', () => {
    const ranked = rankEntries(
      [
        entry('later', { submittedAt: new Date(base + 1) }),
        entry('earlier', { submittedAt: new Date(base) }),
      ],
      noPrediction,
    );
    expect(ids(ranked)).toEqual(['earlier', 'later']);
  });

  it('orders a complete tie by attempt id and never shares a rank', () => {
    const input = [entry('c'), entry('a'), entry('b')];
    const ranked = rankEntries(input, noPrediction);
    expect(ids(ranked)).toEqual(['a', 'b', 'c']);
    expect(ranked.map((e) => e.rank)).toEqual([1, 2, 3]);
    expect(ids(rankEntries(input.slice().reverse(), noPrediction))).toEqual(['a', 'b', 'c']);
  });

  it('applies every tie-break in order on a mixed round', () => {
    const perfectCount = 20;
    const ranked = rankEntries(
      [
        entry('p9', { score: 19, prediction: 20, durationMs: 10_000 }),
        entry('p1', { score: 20, prediction: 21, durationMs: 500_000 }),
        entry('p4', { score: 20, prediction: 25, durationMs: 300_000 }),
        entry('p3', {
          score: 20,
          prediction: 15,
          durationMs: 200_000,
          submittedAt: new Date(base + 5),
        }),
        entry('p2', {
          score: 20,
          prediction: 15,
          durationMs: 200_000,
          submittedAt: new Date(base),
        }),
        entry('p5', { score: 20, prediction: null, durationMs: 1_000 }),
        entry('p6', { score: 18, prediction: 20 }),
      ],
      { perfectCount, predictionEnabled: true },
    );
    expect(ids(ranked)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p9', 'p6']);
    expect(ranked.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(ranked.map((e) => e.predictionError)).toEqual([1, 5, 5, 5, null, 0, 0]);
  });

  it('keeps the extra fields of the entries and does not change the input', () => {
    const input = [{ ...entry('a'), fullName: 'Nguyễn Văn An' }];
    const ranked = rankEntries(input, noPrediction);
    expect(ranked[0].fullName).toBe('Nguyễn Văn An');
    expect(input[0]).not.toHaveProperty('rank');
  });

  it('ranks an empty round as an empty list', () => {
    expect(rankEntries([], noPrediction)).toEqual([]);
  });
});

describe('countPerfect', () => {
  it('counts the people whose counted attempt has every question right', () => {
    expect(
      countPerfect([
        { userId: 'a', correctCount: 20, questionCount: 20 },
        { userId: 'b', correctCount: 19, questionCount: 20 },
        { userId: 'c', correctCount: 20, questionCount: 20 },
      ]),
    ).toBe(2);
  });

  it('counts a person once even if listed twice', () => {
    expect(
      countPerfect([
        { userId: 'a', correctCount: 20, questionCount: 20 },
        { userId: 'a', correctCount: 20, questionCount: 20 },
      ]),
    ).toBe(1);
  });

  it('does not count an attempt whose score is below the maximum, when the scores are given', () => {
    expect(
      countPerfect([
        { userId: 'a', correctCount: 20, questionCount: 20, score: 19.5, maxScore: 20 },
        { userId: 'b', correctCount: 20, questionCount: 20, score: 20, maxScore: 20 },
      ]),
    ).toBe(1);
  });

  it('does not count an attempt without questions as perfect', () => {
    expect(countPerfect([{ userId: 'a', correctCount: 0, questionCount: 0 }])).toBe(0);
  });
});
