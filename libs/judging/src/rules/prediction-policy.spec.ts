import { predictionThatCounts, type PredictionSource } from './ranking';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 3, 8, minute));

describe('predictionThatCounts', () => {
  const attempts: PredictionSource[] = [
    { id: 'a1', prediction: 100, submittedAt: at(1), disqualified: false },
    { id: 'a2', prediction: 2, submittedAt: at(30), disqualified: false },
  ];

  it('ignores a better guess in a later attempt when the first counts', () => {
    expect(predictionThatCounts(attempts, 'a2', 'first')).toBe(100);
  });

  it("takes the counted attempt's guess when the contest says so", () => {
    expect(predictionThatCounts(attempts, 'a2', 'counted')).toBe(2);
  });

  it('skips attempts without a prediction (closed by the server) for the first one given', () => {
    const withAuto = [
      { id: 'a0', prediction: null, submittedAt: at(0), disqualified: false },
      ...attempts,
    ];
    expect(predictionThatCounts(withAuto, 'a2', 'first')).toBe(100);
  });

  it('prefers attempts still in the running over disqualified ones', () => {
    const dq = attempts.map((a) => (a.id === 'a1' ? { ...a, disqualified: true } : a));
    expect(predictionThatCounts(dq, 'a2', 'first')).toBe(2);
    const allDq = attempts.map((a) => ({ ...a, disqualified: true }));
    expect(predictionThatCounts(allDq, 'a2', 'first')).toBe(100);
  });

  it('gives null when no prediction was given', () => {
    expect(predictionThatCounts([], 'x', 'first')).toBeNull();
    expect(predictionThatCounts([], 'x', 'counted')).toBeNull();
  });
});
