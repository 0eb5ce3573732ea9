import { computeRoundResults, type ResultCandidate } from './round-results';

const base = new Date('2025-07-28T14:00:00Z').getTime();
const eligible = {
  staff: false,
  emailVerified: true,
  inEligibleUnit: true,
  wonInFinalizedRound: false,
};

function person(id: string, fields: Partial<ResultCandidate> = {}): ResultCandidate {
  return {
    userId: id,
    attemptId: `a-${id}`,
    score: 8,
    maxScore: 10,
    correctCount: 8,
    questionCount: 10,
    prediction: 3,
    durationMs: 300_000,
    submittedAt: new Date(base),
    facts: eligible,
    ...fields,
  };
}
const perfect = { score: 10, correctCount: 10 };
const prizes = { first: 1, second: 1, third: 1, consolation: 0, maxShareOfParticipants: 0.5 };
const rules = { requireVerifiedEmail: true, onePrizePerPerson: true };

describe('computeRoundResults', () => {
  it('counts perfect attempts, uses that count for the prediction tie-break, and allocates prizes', () => {
    const results = computeRoundResults({
      counted: [
        person('far', { ...perfect, prediction: 10 }),
        person('near', { ...perfect, prediction: 2 }),
        person('exact', { ...perfect, prediction: 3, durationMs: 900_000 }),
        person('low1'),
        person('low2'),
        person('low3'),
      ],
      disqualified: [],
      predictionEnabled: true,
      prizes,
      rules,
    });
    expect(results.perfectCount).toBe(3);
    expect(results.participants).toBe(6);
    expect(results.prizeCap).toBe(3);
    expect(results.entries.map((e) => [e.userId, e.rank, e.predictionError, e.prize])).toEqual([
      ['exact', 1, 0, 'first'],
      ['near', 2, 1, 'second'],
      ['far', 3, 7, 'third'],
      ['low1', 4, 0, null],
      ['low2', 5, 0, null],
      ['low3', 6, 0, null],
    ]);
  });

  it('does not count a full-marks count with a lower score as perfect', () => {
    const results = computeRoundResults({
      counted: [person('a', { correctCount: 10, score: 9.5 })],
      disqualified: [],
      predictionEnabled: false,
      prizes,
      rules,
    });
    expect(results.perfectCount).toBe(0);
  });

  it('passes over the excluded, marks every excluded person, and lists the disqualified last without rank', () => {
    const results = computeRoundResults({
      counted: [
        person('staff', { ...perfect, facts: { ...eligible, staff: true } }),
        person('winner-before', {
          ...perfect,
          durationMs: 1,
          facts: { ...eligible, wonInFinalizedRound: true },
        }),
        person('ok1', { score: 9, correctCount: 9 }),
        person('ok2'),
        person('ok3', { score: 7, correctCount: 7 }),
        person('ok4', { score: 6, correctCount: 6 }),
        person('far-unverified', {
          score: 1,
          correctCount: 1,
          facts: { ...eligible, emailVerified: false },
        }),
        person('ok5', { score: 0, correctCount: 0 }),
      ],
      disqualified: [person('cheat2', { score: 3 }), person('cheat1', perfect)],
      predictionEnabled: false,
      prizes,
      rules,
    });
    expect(results.participants).toBe(8);
    expect(results.perfectCount).toBe(2);
    expect(
      results.entries.map((e) => [e.userId, e.position, e.rank, e.prize, e.excludedReason]),
    ).toEqual([
      ['winner-before', 1, 1, null, 'already_won'],
      ['staff', 2, 2, null, 'staff'],
      ['ok1', 3, 3, 'first', null],
      ['ok2', 4, 4, 'second', null],
      ['ok3', 5, 5, 'third', null],
      ['ok4', 6, 6, null, null],
      ['far-unverified', 7, 7, null, 'unverified_email'],
      ['ok5', 8, 8, null, null],
      ['cheat1', 9, null, null, 'disqualified'],
      ['cheat2', 10, null, null, 'disqualified'],
    ]);
  });

  it('bases the share cap on the ranked people only', () => {
    const results = computeRoundResults({
      counted: [person('a'), person('b'), person('c')],
      disqualified: [person('x'), person('y'), person('z')],
      predictionEnabled: false,
      prizes: { first: 3, second: 0, third: 0, consolation: 0, maxShareOfParticipants: 0.5 },
      rules,
    });
    expect(results.prizeCap).toBe(1);
    expect(results.entries.filter((e) => e.prize)).toHaveLength(1);
  });

  it('gives an empty round no entries', () => {
    expect(
      computeRoundResults({
        counted: [],
        disqualified: [],
        predictionEnabled: true,
        prizes,
        rules,
      }),
    ).toEqual({ perfectCount: 0, participants: 0, prizeCap: 0, entries: [] });
  });
});
