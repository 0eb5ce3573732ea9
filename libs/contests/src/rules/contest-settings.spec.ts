import { checkContestSettings, roundStatus } from './contest-settings';

describe('checkContestSettings', () => {
  const base = {
    questionCount: 20,
    drawRules: [{ count: 8 }, { count: 8 }, { count: 4 }],
    rounds: [
      { opensAt: '2026-12-07T00:00:00Z', closesAt: '2026-12-13T14:00:00Z' },
      { opensAt: '2026-12-14T00:00:00Z', closesAt: '2026-12-20T14:00:00Z' },
    ],
    prediction: { enabled: true, prompt: 'Bao nhiêu người đúng hết?' },
  };

  it('accepts consistent settings', () => {
    expect(checkContestSettings(base)).toEqual([]);
  });

  it('requires the draw rules to add up to the question count', () => {
    expect(checkContestSettings({ ...base, questionCount: 21 })).toEqual([
      expect.objectContaining({ field: 'drawRules' }),
    ]);
  });

  it('rejects a round that closes before it opens', () => {
    const rounds = [{ opensAt: '2026-12-07T00:00:00Z', closesAt: '2026-12-06T00:00:00Z' }];
    expect(checkContestSettings({ ...base, rounds })).toEqual([
      expect.objectContaining({ field: 'rounds.0.closesAt' }),
    ]);
  });

  it('rejects overlapping rounds', () => {
    const rounds = [
      { opensAt: '2026-12-07T00:00:00Z', closesAt: '2026-12-13T14:00:00Z' },
      { opensAt: '2026-12-13T00:00:00Z', closesAt: '2026-12-20T14:00:00Z' },
    ];
    expect(checkContestSettings({ ...base, rounds })).toEqual([
      expect.objectContaining({ field: 'rounds.1.opensAt' }),
    ]);
  });

  it('requires a prompt when the prediction question is enabled', () => {
    expect(checkContestSettings({ ...base, prediction: { enabled: true, prompt: ' ' } })).toEqual([
      expect.objectContaining({ field: 'prediction.prompt' }),
    ]);
  });
});

describe('roundStatus', () => {
  const round = {
    opensAt: new Date('2026-12-07T00:00:00Z'),
    closesAt: new Date('2026-12-13T14:00:00Z'),
  };
  it('is upcoming before it opens, open from the opening time, closed at the closing time', () => {
    expect(roundStatus(round, new Date('2026-12-06T23:59:59Z'))).toBe('upcoming');
    expect(roundStatus(round, new Date('2026-12-07T00:00:00Z'))).toBe('open');
    expect(roundStatus(round, new Date('2026-12-13T13:59:59Z'))).toBe('open');
    expect(roundStatus(round, new Date('2026-12-13T14:00:00Z'))).toBe('closed');
  });
});

describe('practice settings', () => {
  it('refuses a practice bank that the official draw uses (it would reveal answers)', () => {
    const problems = checkContestSettings({
      drawRules: [{ bankId: 'official', count: 5 }],
      practice: { enabled: true, bankIds: ['official'] },
    });
    expect(problems.map((p) => p.field)).toContain('practice.bankIds');
  });

  it('needs a bank when practice is enabled, accepts a separate one', () => {
    expect(
      checkContestSettings({ practice: { enabled: true, bankIds: [] } }).map((p) => p.field),
    ).toEqual(['practice.bankIds']);
    expect(
      checkContestSettings({
        drawRules: [{ bankId: 'official', count: 5 }],
        questionCount: 5,
        practice: { enabled: true, bankIds: ['practice'] },
      }),
    ).toEqual([]);
  });
});
