import { allocatePrizes, type ExclusionReason, type PrizeCandidate, prizeCap } from './prizes';

function ranking(n: number, excluded: Record<number, ExclusionReason> = {}): PrizeCandidate[] {
  return Array.from({ length: n }, (_, i) => ({
    userId: `u${i + 1}`,
    rank: i + 1,
    ...(excluded[i + 1] ? { excluded: excluded[i + 1] } : {}),
  }));
}

const usual = { first: 1, second: 2, third: 3, consolation: 5 };

describe('allocatePrizes', () => {
  it('gives first, second, third and consolation prizes down the ranking in that order', () => {
    const { entries, awarded, cap } = allocatePrizes(ranking(30), usual, 30);
    expect(entries.map((e) => e.prize)).toEqual([
      'first',
      'second',
      'second',
      'third',
      'third',
      'third',
      ...new Array(5).fill('consolation'),
      ...new Array(19).fill(null),
    ]);
    expect(awarded).toEqual({ first: 1, second: 2, third: 3, consolation: 5 });
    expect(cap).toBe(15);
  });

  it('never gives more prizes than half the participants, cutting the lowest prizes first', () => {
    const { entries, awarded, cap } = allocatePrizes(ranking(7), usual, 7);
    expect(cap).toBe(3);
    expect(entries.map((e) => e.prize)).toEqual([
      'first',
      'second',
      'second',
      null,
      null,
      null,
      null,
    ]);
    expect(awarded).toEqual({ first: 1, second: 2, third: 0, consolation: 0 });
  });

  it('bases the cap on the participants count, not on the length of the list', () => {
    const { awarded } = allocatePrizes(ranking(10), usual, 4);
    expect(awarded).toEqual({ first: 1, second: 1, third: 0, consolation: 0 });
  });

  it('uses the configured share of participants', () => {
    expect(allocatePrizes(ranking(20), { ...usual, maxShareOfParticipants: 0.25 }, 20).cap).toBe(5);
    expect(
      allocatePrizes(ranking(20), { ...usual, maxShareOfParticipants: 0 }, 20).awarded,
    ).toEqual({
      first: 0,
      second: 0,
      third: 0,
      consolation: 0,
    });
  });

  it('computes the cap without floating-point surprises', () => {
    // 0.29 × 100 is 28.999999999999996 in binary floating point.
    expect(prizeCap(100, 0.29)).toBe(29);
    expect(prizeCap(3, 0.5)).toBe(1);
    expect(prizeCap(0)).toBe(0);
  });

  it('gives a single participant no prize (half of one is zero)', () => {
    expect(allocatePrizes(ranking(1), usual, 1).entries[0].prize).toBeNull();
  });

  it.each<ExclusionReason>([
    'disqualified',
    'staff',
    'unverified_email',
    'ineligible_unit',
    'already_won',
  ])('passes over an entry excluded as %s and gives its prize to the next one', (reason) => {
    const { entries } = allocatePrizes(
      ranking(10, { 1: reason }),
      { first: 1, second: 1, third: 0, consolation: 0 },
      10,
    );
    expect(entries.slice(0, 3).map((e) => [e.userId, e.prize, e.skippedReason])).toEqual([
      ['u1', null, reason],
      ['u2', 'first', null],
      ['u3', 'second', null],
    ]);
  });

  it('does not count excluded entries against the cap', () => {
    const { entries } = allocatePrizes(
      ranking(6, { 1: 'staff', 2: 'disqualified' }),
      { first: 1, second: 1, third: 1, consolation: 5 },
      6,
    );
    expect(entries.map((e) => e.prize)).toEqual([null, null, 'first', 'second', 'third', null]);
    expect(entries.filter((e) => e.prize !== null)).toHaveLength(3);
  });

  it('gives no reason to excluded entries below the last prize', () => {
    const { entries } = allocatePrizes(
      ranking(10, { 9: 'staff' }),
      { first: 1, second: 0, third: 0, consolation: 0 },
      10,
    );
    expect(entries[8]).toMatchObject({
      userId: 'u9',
      prize: null,
      skippedReason: null,
      excluded: 'staff',
    });
  });

  it('gives a person listed twice only one prize', () => {
    const twice: PrizeCandidate[] = [
      { userId: 'a', rank: 1 },
      { userId: 'a', rank: 2 },
      { userId: 'b', rank: 3 },
    ];
    const { entries } = allocatePrizes(twice, { first: 1, second: 1, third: 0, consolation: 0 }, 6);
    expect(entries.map((e) => [e.userId, e.prize, e.skippedReason])).toEqual([
      ['a', 'first', null],
      ['a', null, 'already_won'],
      ['b', 'second', null],
    ]);
  });

  it('leaves prizes unawarded when too few entries are eligible', () => {
    const { entries, awarded } = allocatePrizes(
      ranking(4, { 2: 'staff', 3: 'staff', 4: 'staff' }),
      usual,
      100,
    );
    expect(entries.map((e) => e.prize)).toEqual(['first', null, null, null]);
    expect(awarded.second).toBe(0);
  });

  it('walks the ranking by rank whatever the order of the input, keeping extra fields', () => {
    const input = [
      { userId: 'b', rank: 2, fullName: 'Trần Thị Bình' },
      { userId: 'a', rank: 1, fullName: 'Nguyễn Văn An' },
    ];
    const { entries } = allocatePrizes(input, { first: 1, second: 0, third: 0, consolation: 0 }, 4);
    expect(entries.map((e) => [e.fullName, e.prize])).toEqual([
      ['Nguyễn Văn An', 'first'],
      ['Trần Thị Bình', null],
    ]);
  });

  it('rejects prize counts that are not non-negative integers and shares outside 0..1', () => {
    expect(() => allocatePrizes(ranking(2), { ...usual, first: -1 }, 2)).toThrow(RangeError);
    expect(() => allocatePrizes(ranking(2), { ...usual, third: 1.5 }, 2)).toThrow(RangeError);
    expect(() => allocatePrizes(ranking(2), { ...usual, maxShareOfParticipants: 1.2 }, 2)).toThrow(
      RangeError,
    );
  });
});

describe('one person behind several accounts', () => {
  it('gives one prize to the accounts that share a confirmed national ID', () => {
    const result = allocatePrizes(
      [
        { userId: 'a', personKey: 'same-person', rank: 1 },
        { userId: 'b', personKey: 'same-person', rank: 2 },
        { userId: 'c', rank: 3 },
      ],
      { first: 1, second: 1, third: 0, consolation: 0, maxShareOfParticipants: 1 },
      3,
    );
    expect(result.entries.map((e) => [e.userId, e.prize, e.skippedReason])).toEqual([
      ['a', 'first', null],
      ['b', null, 'already_won'],
      ['c', 'second', null],
    ]);
  });
});
